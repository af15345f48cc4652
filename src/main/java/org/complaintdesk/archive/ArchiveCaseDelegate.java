package org.complaintdesk.archive;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.complaintdesk.process.CaseKey;
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
        library.archive(CaseKey.of(execution));
    }
}
