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

    static Site read(String file, PrintWriter err) throws Refused {
        try {
            return AnswersFormat.read(Inputs.read(file, System.in));
        } catch (Inputs.Unreadable e) {
            err.println("edge-site: " + e.getMessage());
            throw new Refused(ExitCodes.USAGE);
        } catch (AnswersFormat.AnswersException e) {
            Findings.print(e.problems(), err);
            throw new Refused(ExitCodes.FINDINGS);
        }
    }
}
