package org.complaintdesk.system;

import java.util.ArrayList;
import java.util.List;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.camunda.bpm.engine.impl.bpmn.parser.AbstractBpmnParseListener;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.persistence.entity.ExecutionEntity;
import org.camunda.bpm.engine.impl.persistence.entity.ProcessDefinitionEntity;
import org.camunda.bpm.engine.impl.util.xml.Element;
import org.camunda.bpm.engine.task.IdentityLink;
import org.camunda.bpm.engine.task.IdentityLinkType;
import org.complaintdesk.process.CaseKey;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * When {@link CaseAccess} grants happen, for every model a process owner deploys, without anything in the models:
 * <ul>
 *   <li>a task of a case is created: its candidate groups and users, and its assignee, get the case;</li>
 *   <li>a task is assigned (claimed, or assigned by a supervisor): the assignee gets the case;</li>
 *   <li>a process instance of a case starts (a called evidence or remedy process): everyone who has the case
 *       gets the new instance too.</li>
 * </ul>
 */
@Component
class CaseAccessGrants extends AbstractProcessEnginePlugin {

    /** Built before the engine exists; {@link CaseAccess} needs the engine's services. */
    private final ObjectProvider<CaseAccess> caseAccess;

    CaseAccessGrants(ObjectProvider<CaseAccess> caseAccess) {
        this.caseAccess = caseAccess;
    }

    @EventListener(condition = "#task.eventName == 'create' || #task.eventName == 'assignment'")
    public void onTask(DelegateTask task) {
        CaseKey.find(task).ifPresent(complaintNo -> {
            List<String> groups = new ArrayList<>();
            List<String> users = new ArrayList<>();
            if ("create".equals(task.getEventName())) {
                for (IdentityLink link : task.getCandidates()) {
                    if (IdentityLinkType.CANDIDATE.equals(link.getType()) && link.getGroupId() != null) {
                        groups.add(link.getGroupId());
                    } else if (IdentityLinkType.CANDIDATE.equals(link.getType()) && link.getUserId() != null) {
                        users.add(link.getUserId());
                    }
                }
            }
            if (task.getAssignee() != null) {
                users.add(task.getAssignee());
            }
            caseAccess.getObject().grant(complaintNo, groups, users, task.getProcessInstanceId(),
                    rootOf(task.getExecution()), task.getTaskDefinitionKey());
        });
    }

    @Override
    public void preInit(ProcessEngineConfigurationImpl configuration) {
        List<org.camunda.bpm.engine.impl.bpmn.parser.BpmnParseListener> listeners =
                configuration.getCustomPreBPMNParseListeners() == null ? new ArrayList<>()
                        : new ArrayList<>(configuration.getCustomPreBPMNParseListeners());
        ExecutionListener onStart = this::onProcessStart;
        listeners.add(new AbstractBpmnParseListener() {
            @Override
            public void parseProcess(Element processElement, ProcessDefinitionEntity processDefinition) {
                processDefinition.addListener(ExecutionListener.EVENTNAME_START, onStart);
            }
        });
        configuration.setCustomPreBPMNParseListeners(listeners);
    }

    private void onProcessStart(DelegateExecution execution) {
        String complaintNo = execution.getProcessBusinessKey();
        if (complaintNo != null && execution.getId().equals(execution.getProcessInstanceId())) {
            caseAccess.getObject().instanceStarted(complaintNo, execution.getProcessInstanceId(), rootOf(execution));
        }
    }

    private static String rootOf(DelegateExecution execution) {
        return execution instanceof ExecutionEntity entity ? entity.getRootProcessInstanceId() : null;
    }
}
