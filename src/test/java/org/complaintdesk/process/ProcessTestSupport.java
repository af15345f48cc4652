package org.complaintdesk.process;

import static org.camunda.bpm.engine.test.assertions.bpmn.AbstractAssertions.init;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.execute;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.historyService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.job;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.managementService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.processEngine;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.runtimeService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.task;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.taskService;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.history.HistoricActivityInstance;
import org.camunda.bpm.engine.history.HistoricDetail;
import org.camunda.bpm.engine.history.HistoricProcessInstance;
import org.camunda.bpm.engine.history.HistoricVariableUpdate;
import org.camunda.bpm.engine.identity.Group;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.model.bpmn.instance.UserTask;
import org.complaintdesk.arbitration.EvidenceParty;
import org.complaintdesk.arbitration.Parties;
import org.complaintdesk.complaint.Complaint;
import org.complaintdesk.complaint.ComplaintRepository;
import org.complaintdesk.intake.ComplaintIntake;
import org.complaintdesk.intake.IntakeRequest;
import org.complaintdesk.merchant.MerchantQuestions;
import org.complaintdesk.process.ComplaintHandling.Element;
import org.complaintdesk.process.ComplaintHandling.Outcome;
import org.complaintdesk.process.ComplaintHandling.Var;
import org.complaintdesk.support.Customer;
import org.complaintdesk.support.DeskClient;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.springframework.beans.factory.annotation.Autowired;

/** Base of process scenario tests: binds camunda-bpm-assert to the desk's engine, files and drives complaints. */
public abstract class ProcessTestSupport {

    /** A name a form's text view templates: {@code {{name}}} or {@code {{#if name}}}, not FEEL ({@code {{if ...}}}). */
    private static final Pattern TEMPLATED = Pattern.compile("\\{\\{\\s*(?:#if\\s+)?([A-Za-z_][A-Za-z0-9_]*)\\s*}}");

    @Autowired
    protected ProcessEngine processEngine;

    @Autowired
    protected ComplaintIntake intake;

    @Autowired
    protected MerchantQuestions merchantQuestions;

    @Autowired
    protected ComplaintRepository complaintRepository;

    @BeforeEach
    void bindAssertions() {
        init(processEngine);
    }

    @AfterEach
    void resetClock() {
        ClockUtil.reset();
    }

    /** A filed complaint: its process instance (waiting after the start event) and the customer's token. */
    public record Filed(ProcessInstance pi, String complaintNo, String token) {
    }

    protected Filed file(IntakeRequest request) {
        ComplaintIntake.Receipt receipt = intake.receive(request, "gateway");
        ProcessInstance pi = runtimeService().createProcessInstanceQuery()
                .processInstanceBusinessKey(receipt.complaintNo()).singleResult();
        return new Filed(pi, receipt.complaintNo(), receipt.customerToken());
    }

    /**
     * Files and runs the asynchronous start up to the desk's investigation (or triage): where routing involves the
     * merchant, the merchant contests the demand, so that the desk investigates as it did before merchants had
     * the first word. Tests of the merchant's answer use {@link #fileUntilMerchantAsked}.
     */
    protected Filed fileAndStart(IntakeRequest request) {
        Filed filed = fileUntilMerchantAsked(request);
        merchantContestsIfAsked(filed.pi(), filed.complaintNo());
        return filed;
    }

    /** Where the process waits for the merchant's side, the merchant contests: the desk investigates. */
    protected void merchantContestsIfAsked(ProcessInstance pi, String complaintNo) {
        if (waitsForMerchant(pi)) {
            merchantAnswers(new Filed(pi, complaintNo, null), new MerchantQuestions.Answer("CONTEST", null, null,
                    "We checked the goods before shipping; the desk should look into it."));
        }
    }

    /** Files and runs the asynchronous start, up to the first wait state (the merchant's answer, where asked). */
    protected Filed fileUntilMerchantAsked(IntakeRequest request) {
        Filed filed = file(request);
        execute(job(filed.pi()));
        return filed;
    }

    protected static boolean waitsForMerchant(ProcessInstance pi) {
        return runtimeService().createExecutionQuery().processInstanceId(pi.getId())
                .activityId(Element.AWAIT_MERCHANT_ANSWER).count() > 0;
    }

    /** The merchant answers through the desk's rules, and the case continues in its own job. */
    protected void merchantAnswers(Filed filed, MerchantQuestions.Answer answer) {
        Complaint complaint = complaintRepository.getByComplaintNo(filed.complaintNo());
        merchantQuestions.answer(new Parties.Caller(complaint, EvidenceParty.MERCHANT, "merchant", false), answer);
        runContinuations(filed.pi());
    }

    protected static IntakeRequest complaint(String category, String description) {
        return complaint(category, description, "C-" + UUID.randomUUID(), false);
    }

    protected static IntakeRequest complaint(String category, String description, String customerId, boolean vip) {
        return new IntakeRequest("WEB_FORM", "web-" + UUID.randomUUID(),
                new IntakeRequest.CustomerData(customerId, "Ana Lima", "ana@example.com", null, "en", vip),
                new IntakeRequest.OrderData("O-" + UUID.randomUUID(), "M-1", "Lamp Shop", "Desk lamp",
                        new BigDecimal("200.00"), "CNY", "YTO", "YT1", null),
                category, description, List.of("REFUND"), null);
    }

    /** A complaint about demo merchant M-77, whose user is mia. */
    protected static IntakeRequest aboutMia(String category, String amountPaid, String demand) {
        return new IntakeRequest("WEB_FORM", "web-" + UUID.randomUUID(),
                new IntakeRequest.CustomerData("C-" + UUID.randomUUID(), "Ana Lima", "ana@example.com", null, "en", false),
                new IntakeRequest.OrderData("O-" + UUID.randomUUID(), "M-77", "Lamp Shop", "Desk lamp",
                        new BigDecimal(amountPaid), "CNY", "YTO", "YT1", null),
                category, "The lamp does not switch on.", List.of(demand), null);
    }

    /**
     * Does what a user does, as that user: the engine authenticates them with their groups, as Tasklist and
     * engine REST do, so authorizations and the task completion guard apply.
     */
    protected static void as(String user, Runnable action) {
        IdentityService identity = processEngine().getIdentityService();
        identity.setAuthentication(user, identity.createGroupQuery().groupMember(user).list().stream()
                .map(Group::getId).toList());
        try {
            action.run();
        } finally {
            identity.clearAuthentication();
        }
    }

    /** The investigating agent claims the task and decides to offer a remedy. */
    protected static void investigateAndOffer(ProcessInstance pi, String agent, String remedy, Double amount) {
        Map<String, Object> result = new HashMap<>();
        result.put(Var.FINDINGS, "Checked with the merchant: the lamp was faulty.");
        result.put(Var.RESPONSIBLE_PARTY, "MERCHANT");
        result.put(Var.INVESTIGATION_OUTCOME, Outcome.OFFER_REMEDY);
        result.put(Var.REMEDY, remedy);
        result.put(Var.REMEDY_AMOUNT, amount);
        result.put(Var.REMEDY_REASON, null);
        work(pi, Element.INVESTIGATE_COMPLAINT, agent, result);
    }

    /**
     * Runs the asynchronous continuations waiting in one process instance (after an answer through the API), as
     * the job executor would a moment later; a continuation that leads to the next one runs too.
     */
    protected static void runContinuations(ProcessInstance pi) {
        for (int round = 0; round < 10; round++) {
            List<Job> due = managementService().createJobQuery().processInstanceId(pi.getId()).messages().list();
            if (due.isEmpty()) {
                return;
            }
            due.forEach(job -> managementService().executeJob(job.getId()));
        }
    }

    /** Demo merchant M-77's (user mia) rice cooker holds 3 litres, not the 5 its listing said. */
    protected Filed riceCookerComplaint(String customerName, String email, String locale) {
        return fileAndStart(new IntakeRequest("APP_FORM", "app-" + UUID.randomUUID(),
                new IntakeRequest.CustomerData("C-" + UUID.randomUUID(), customerName, email, null, locale, false),
                new IntakeRequest.OrderData("O-" + UUID.randomUUID(), "M-77", "Kitchen Star", "Rice cooker",
                        new BigDecimal("300.00"), "CNY", "SF Express", "SF9", null),
                "NOT_AS_DESCRIBED", "The listing said 5 litres, it holds 3.", List.of("REFUND"), null));
    }

    /**
     * The customer rejects the desk's apology, then its revised coupon of 20: the platform decides and the evidence
     * period opens. @return the customer, answering through the API
     */
    protected Customer rejectTwice(DeskClient desk, Filed filed) {
        Customer customer = new Customer(desk, filed.complaintNo(), filed.token(), processEngine);
        investigateAndOffer(filed.pi(), "quinn", "APOLOGY", null);
        customer.answerOffer(false);
        work(filed.pi(), Element.REVISE_OFFER, "quinn", Map.of("remedy", "COMPENSATION_COUPON", "remedyAmount", 20));
        customer.answerOffer(false);
        return customer;
    }

    /** Carries a case to its end: sam offers a partial refund of 80, accepted, fiona pays it, solved and rated 4. */
    protected void closeWithPartialRefund(DeskClient desk, Filed filed) {
        Customer customer = new Customer(desk, filed.complaintNo(), filed.token(), processEngine);
        investigateAndOffer(filed.pi(), "sam", "REFUND_PARTIAL", 80.0);
        customer.answerOffer(true);
        work(called(called(filed.pi(), RemedyExecution.PROCESS_KEY), RemedyExecution.Adapter.REFUND_BY_HAND),
                RemedyExecution.Element.ISSUE_REFUND, "fiona", Map.of("paymentReference", "PAY-LIB"));
        customer.survey(true, 4);
    }

    protected void continueCase(Filed filed) {
        org.complaintdesk.support.Answers.continueCase(processEngine, filed.complaintNo());
    }

    /** The process instance a call activity of this complaint started (evidence, remedy), if one runs. */
    protected static ProcessInstance called(ProcessInstance parent, String processKey) {
        return runtimeService().createProcessInstanceQuery().superProcessInstanceId(parent.getId())
                .processDefinitionKey(processKey).singleResult();
    }

    /** The process instance a call activity of a complaint started, looked up by the complaint number. */
    protected static ProcessInstance called(String complaintNo, String processKey) {
        return runtimeService().createProcessInstanceQuery().processDefinitionKey(processKey)
                .processInstanceBusinessKey(complaintNo).active().singleResult();
    }

    /** Types whose values compare by equals; a serialized object's bytes are stored anew each time. */
    private static final Set<String> PLAIN_TYPES = Set.of("string", "boolean", "integer", "long", "short", "double",
            "date", "null");

    /**
     * The values a service task of the complaint's instances wrote that the variable already held, as
     * "process/activity name = value": each is a row of history that says nothing.
     */
    protected static List<String> valuesWrittenAgainBySteps(String complaintNo) {
        List<String> writtenAgain = new ArrayList<>();
        for (HistoricProcessInstance instance : historyService().createHistoricProcessInstanceQuery()
                .processInstanceBusinessKey(complaintNo).list()) {
            Map<String, String> steps = new HashMap<>();
            for (HistoricActivityInstance activity : historyService().createHistoricActivityInstanceQuery()
                    .processInstanceId(instance.getId()).activityType("serviceTask").list()) {
                steps.put(activity.getId(), instance.getProcessDefinitionKey() + "/" + activity.getActivityId());
            }
            Map<String, Object> held = new HashMap<>();
            for (HistoricDetail detail : historyService().createHistoricDetailQuery()
                    .processInstanceId(instance.getId()).variableUpdates().disableCustomObjectDeserialization()
                    .orderPartiallyByOccurrence().asc().list()) {
                HistoricVariableUpdate update = (HistoricVariableUpdate) detail;
                boolean plain = PLAIN_TYPES.contains(update.getTypeName());
                boolean known = held.containsKey(update.getVariableInstanceId());
                Object before = held.put(update.getVariableInstanceId(), plain ? update.getValue() : update.getId());
                String step = steps.get(update.getActivityInstanceId());
                if (step != null && known && plain && Objects.equals(before, update.getValue())) {
                    writtenAgain.add(step + " " + update.getVariableName() + " = " + before);
                }
            }
        }
        return writtenAgain;
    }

    /** The user completes the instance's task (claiming it on the way, as completing does). */
    protected static void work(ProcessInstance pi, String taskKey, String user, Map<String, Object> variables) {
        String taskId = task(taskKey, pi).getId();
        as(user, () -> taskService().complete(taskId, variables));
    }

    /** The investigating agent claims the task and asks the customer a question. */
    protected static void investigateAndAsk(ProcessInstance pi, String agent, String question) {
        work(pi, Element.INVESTIGATE_COMPLAINT, agent, Map.of(
                Var.FINDINGS, "Need a photo first.", Var.RESPONSIBLE_PARTY, "MERCHANT",
                Var.INVESTIGATION_OUTCOME, Outcome.REQUEST_INFORMATION, Var.INFORMATION_REQUEST, question));
    }

    /**
     * What the task's form would show empty: each variable that its text views template or one of its disabled
     * fields shows — components shown only on a condition left out — which the task does not have, has as null, or
     * has as "—" (how {@code FormLabels} words a fact the case lacks). A variable that a call activity does not pass
     * on to the process it calls shows up here. @return name → what the task has ({@code "(absent)"} when nothing)
     */
    protected static Map<String, Object> unfilledFormFields(Task task) {
        UserTask model = processEngine().getRepositoryService().getBpmnModelInstance(task.getProcessDefinitionId())
                .getModelElementById(task.getTaskDefinitionKey());
        Set<String> shown = new TreeSet<>();
        try {
            shownBy(new ObjectMapper().readTree(Path.of("forms", model.getCamundaFormRef() + ".form").toFile())
                    .path("components"), shown);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        Map<String, Object> variables = taskService().getVariables(task.getId());
        Map<String, Object> unfilled = new TreeMap<>();
        for (String name : shown) {
            Object value = variables.get(name);
            if (value == null || "\u2014".equals(value)) {
                unfilled.put(name, variables.containsKey(name) ? value : "(absent)");
            }
        }
        return unfilled;
    }

    private static void shownBy(JsonNode components, Set<String> shown) {
        for (JsonNode component : components) {
            if (component.has("conditional")) {
                continue; // shown for some cases only
            }
            if ("text".equals(component.path("type").asText())) {
                Matcher templated = TEMPLATED.matcher(component.path("text").asText());
                while (templated.find()) {
                    shown.add(templated.group(1));
                }
            }
            if (component.path("disabled").asBoolean(false) && !component.path("key").asText().isBlank()) {
                shown.add(component.path("key").asText());
            }
            shownBy(component.path("components"), shown);
        }
    }
}
