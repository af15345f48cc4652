package org.complaintdesk.archive;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.complaintdesk.process.ComplaintHandling.Var;
import org.springframework.stereotype.Component;

/** Service task "Archive case". */
@Component("archiveCaseDelegate")
class ArchiveCaseDelegate implements JavaDelegate {

    private final CaseLibrary library;

    ArchiveCaseDelegate(CaseLibrary library) {
        this.library = library;
    }

    @Override
    public void execute(DelegateExecution execution) {
        library.archive((String) execution.getVariable(Var.COMPLAINT_NO));
    }
}
