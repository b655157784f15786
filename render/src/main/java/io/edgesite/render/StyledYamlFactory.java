package io.edgesite.render;

import com.fasterxml.jackson.core.ObjectCodec;
import com.fasterxml.jackson.core.io.IOContext;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactoryBuilder;
import com.fasterxml.jackson.dataformat.yaml.YAMLParser;
import java.io.Reader;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.events.AliasEvent;
import org.yaml.snakeyaml.events.NodeEvent;
import org.yaml.snakeyaml.events.ScalarEvent;

/**
 * Jackson's YAML reader, telling also whether the scalar just read was plain (unquoted): {@code yes}
 * plain is a boolean to YAML 1.1 readers and {@code "yes"} quoted is text to all, but Jackson hands
 * both over as the same string. It also tells a scalar's anchor, which Jackson reports only on collections.
 */
final class StyledYamlFactory extends YAMLFactory {
    private static final long serialVersionUID = 1L;

    StyledYamlFactory(YAMLFactoryBuilder builder) {
        super(builder);
    }

    @Override
    protected YAMLParser _createParser(Reader r, IOContext ctxt) {
        return new StyledParser(ctxt, _parserFeatures, _yamlParserFeatures, _loaderOptions, _objectCodec, r);
    }

    /** The parser with the style of its last scalar. */
    static final class StyledParser extends YAMLParser {
        StyledParser(IOContext ctxt, int parserFeatures, int formatFeatures, LoaderOptions options, ObjectCodec codec,
                Reader reader) {
            super(ctxt, parserFeatures, formatFeatures, options, codec, reader);
        }

        /** True when the current token is a scalar written without quotes or block indicators. */
        boolean plainScalar() {
            return _lastEvent instanceof ScalarEvent s && s.isPlain();
        }

        /** The anchor ({@code &name}) of the current value; Jackson's own accessor misses it on scalars. */
        String anchor() {
            return _lastEvent instanceof NodeEvent n && !(_lastEvent instanceof AliasEvent) ? n.getAnchor() : null;
        }
    }
}
