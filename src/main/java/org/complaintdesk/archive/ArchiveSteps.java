package org.complaintdesk.archive;

import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.complaintdesk.process.Steps;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The step that ends every case, solved or withdrawn. */
@Configuration(proxyBeanMethods = false)
class ArchiveSteps {

    @Bean
    JavaDelegate archiveCaseDelegate(CaseLibrary library) {
        return Steps.onCase("Archive case", library::archive);
    }
}
