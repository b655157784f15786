package io.edgesite.tui.cli;

import io.edgesite.model.Site;
import io.edgesite.render.AnswersFormat;
import java.io.PrintWriter;

/** Reads the answers file named on the command line, or says why it cannot and with which exit code. */
final class AnswersInput {
    private AnswersInput() {
    }

    /** A failure already reported on stderr; the command exits with {@link #code()}. */
    static final class Refused extends Exception {
        private static final long serialVersionUID = 1L;
        private final int code;

        Refused(int code) {
            super(null, null, false, false);
            this.code = code;
        }

        int code() {
            return code;
        }
    }

    /**
     * The site an --answers or --from option names (answers first), or the defaults when neither is given;
     * the wizard and check start from it.
     */
    static Site readEither(String answers, String userData, PrintWriter err) throws Refused {
        if (answers != null && userData != null) {
            err.println("edge-site: give --answers or --from, not both: they would each fill every field");
            throw new Refused(ExitCodes.USAGE);
        }
        if (answers != null) {
            return read(answers, err);
        }
        if (userData != null) {
            io.edgesite.render.UserDataParser.Parsed parsed = UserDataInput.parse(userData, err);
            if (parsed == null) {
                throw new Refused(ExitCodes.USAGE);
            }
            return parsed.site();
        }
        return Site.defaults();
    }

    static Site read(String file, PrintWriter err) throws Refused {
        return document(file, err, Findings.Format.text).site();
    }

    /** The answers file read, with where its values stand; its problems are printed in {@code format}. */
    static AnswersFormat.Answers document(String file, PrintWriter err, Findings.Format format) throws Refused {
        try {
            return AnswersFormat.readDocument(Inputs.read(file, System.in));
        } catch (Inputs.Unreadable e) {
            err.println("edge-site: " + e.getMessage());
            throw new Refused(ExitCodes.USAGE);
        } catch (AnswersFormat.AnswersException e) {
            Findings.print(e.problems(), f -> file, format, err);
            throw new Refused(ExitCodes.FINDINGS);
        }
    }
}
