package io.edgesite.tui.cli;

import io.edgesite.render.UserDataParser;
import io.edgesite.render.YamlSyntaxException;
import java.io.PrintWriter;

/** Reads and parses the user-data file named on the command line, or says why it cannot. */
final class UserDataInput {
    private UserDataInput() {
    }

    /** The parsed file, or null after printing the reason (the command then exits with {@link ExitCodes#USAGE}). */
    static UserDataParser.Parsed parse(String file, PrintWriter err) {
        String text = read(file, err);
        if (text == null) {
            return null;
        }
        try {
            return UserDataParser.parse(text);
        } catch (YamlSyntaxException e) {
            syntax(file, e, err);
        }
        return null;
    }

    /** The file's text, or null after printing why it cannot be read. */
    static String read(String file, PrintWriter err) {
        try {
            return Inputs.read(file, System.in);
        } catch (Inputs.Unreadable e) {
            err.println("edge-site: " + e.getMessage());
            return null;
        }
    }

    static void syntax(String file, YamlSyntaxException e, PrintWriter err) {
        err.println(file + (e.line() > 0 ? ":" + e.line() : "") + ": error: " + e.getMessage() + " [userdata.syntax]");
    }
}
