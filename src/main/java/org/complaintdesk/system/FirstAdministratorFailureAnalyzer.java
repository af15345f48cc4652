package org.complaintdesk.system;

import org.springframework.boot.diagnostics.AbstractFailureAnalyzer;
import org.springframework.boot.diagnostics.FailureAnalysis;

/** Says plainly why a fresh desk did not start and what to set, instead of a stack trace. */
class FirstAdministratorFailureAnalyzer extends AbstractFailureAnalyzer<FirstAdministrator.Refused> {

    @Override
    protected FailureAnalysis analyze(Throwable rootFailure, FirstAdministrator.Refused cause) {
        return new FailureAnalysis(cause.getMessage(), "Set ADMIN_USER and ADMIN_PASSWORD (a password of at least 10"
                + " characters with upper and lower case, a digit and a special character) for the first start;"
                + " the administrator is created once. For the demo, run with profile demo (./mvnw spring-boot:run).",
                cause);
    }
}
