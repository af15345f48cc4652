package org.complaintdesk.system;

import java.io.IOException;
import java.io.Writer;
import org.apache.catalina.connector.Request;
import org.apache.catalina.connector.Response;
import org.apache.catalina.valves.ErrorReportValve;
import org.apache.coyote.ActionCode;
import org.apache.tomcat.util.res.StringManager;

/**
 * Tomcat's own error answer, for requests it refuses before they reach the desk (a path with an encoded NUL,
 * say): problem+json with the status, like every other error — no HTML page, no server details.
 */
public class ProblemErrorReportValve extends ErrorReportValve {

    @Override
    protected void report(Request request, Response response, Throwable throwable) {
        int status = response.getStatus();
        if (status < 400 || response.getContentWritten() > 0 || !response.setErrorReported()) {
            return;
        }
        java.util.concurrent.atomic.AtomicBoolean io = new java.util.concurrent.atomic.AtomicBoolean();
        response.getCoyoteResponse().action(ActionCode.IS_IO_ALLOWED, io);
        if (!io.get()) {
            return;
        }
        String reason = StringManager.getManager(ErrorReportValve.class).getString("http." + status + ".reason");
        String title = reason == null || reason.startsWith("Cannot find") ? "Error " + status : reason;
        try {
            response.setContentType("application/problem+json");
            response.setCharacterEncoding("UTF-8");
            Writer writer = response.getReporter();
            if (writer != null) {
                writer.write("{\"type\":\"urn:complaint-desk:problem:http-" + status + "\",\"title\":\""
                        + title.replace("\"", "'") + "\",\"status\":" + status
                        + ",\"detail\":\"The request was refused before it reached the desk.\"}");
                response.finishResponse();
            }
        } catch (IOException | IllegalStateException e) {
            // the client went away; nothing more to say
        }
    }
}
