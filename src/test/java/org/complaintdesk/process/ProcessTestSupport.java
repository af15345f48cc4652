package org.complaintdesk.process;

import static org.camunda.bpm.engine.test.assertions.bpmn.AbstractAssertions.init;

import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.complaintdesk.intake.ComplaintIntake;
import org.complaintdesk.intake.IntakeRequest;
import org.junit.jupiter.api.BeforeEach;
import org.springframework.beans.factory.annotation.Autowired;

/** Base of process scenario tests: binds camunda-bpm-assert to the desk's engine and files complaints. */
public abstract class ProcessTestSupport {

    @Autowired
    protected ProcessEngine processEngine;

    @Autowired
    protected ComplaintIntake intake;

    @BeforeEach
    void bindAssertions() {
        init(processEngine);
    }

    /** Files a complaint through the intake and returns its process instance, waiting after the start event. */
    protected ProcessInstance file(IntakeRequest request) {
        String complaintNo = intake.receive(request).complaintNo();
        return processEngine.getRuntimeService().createProcessInstanceQuery()
                .processInstanceBusinessKey(complaintNo).singleResult();
    }
}
