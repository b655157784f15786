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
        try {
            return UserDataParser.parse(Inputs.read(file, System.in));
        } catch (Inputs.Unreadable e) {
            err.println("edge-site: " + e.getMessage());
        } catch (YamlSyntaxException e) {
            err.println(file + (e.line() > 0 ? ":" + e.line() : "") + ": error: " + e.getMessage() + " [userdata.syntax]");
        }
        return null;
    }
}
