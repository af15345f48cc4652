package org.complaintdesk.process;

import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.execute;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.job;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.task;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.taskService;

import java.net.http.HttpRequest;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.List;
import java.util.UUID;
import java.util.function.Consumer;
import java.util.stream.Stream;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.complaintdesk.complaint.ComplaintNoteRepository;
import org.complaintdesk.complaint.ComplaintRepository;
import org.complaintdesk.complaint.ComplaintStatus;
import org.complaintdesk.complaint.NoteKind;
import org.complaintdesk.intake.IntakeRequest;
import org.complaintdesk.negotiation.OfferStatus;
import org.complaintdesk.negotiation.RemedyOfferRepository;
import org.complaintdesk.notification.OutboxRepository;
import org.complaintdesk.notification.RecipientKind;
import org.complaintdesk.process.ComplaintHandling.Element;
import org.complaintdesk.support.Customer;
import org.complaintdesk.support.DeskClient;
import org.complaintdesk.support.DeskTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/** What the customer does at any time: answer a question, add information, complain again, withdraw. */
@DeskTest
class CustomerSideTest extends ProcessTestSupport {

    @LocalServerPort
    int port;

    @Autowired
    ComplaintRepository complaints;

    @Autowired
    ComplaintNoteRepository notes;

    @Autowired
    RemedyOfferRepository offers;

    @Autowired
    OutboxRepository outbox;

    DeskClient desk;

    @BeforeEach
    void client() {
        desk = new DeskClient(port);
    }

    @Test
    void informationRequested_customerReplies_investigationResumesWithTheClockPaused() {
        Instant start = Instant.parse("2026-11-02T02:00:00Z");
        ClockUtil.setCurrentTime(Date.from(start));
        Filed filed = fileAndStart(complaint("PRODUCT_QUALITY", "Broken."));
        Instant due = complaints.getByComplaintNo(filed.complaintNo()).getResolutionDueAt();

        investigateAndAsk(filed.pi(), "quinn", "Please send a photo of the label.");

        assertThat(filed.pi()).isWaitingAt(Element.AWAIT_CUSTOMER_REPLY);
        assertThat(complaints.getByComplaintNo(filed.complaintNo()).getStatus())
                .isEqualTo(ComplaintStatus.WAITING_FOR_CUSTOMER);
        assertThat(outbox.findByComplaintNoOrderByIdAsc(filed.complaintNo())).anySatisfy(m -> {
            assertThat(m.getTemplate()).isEqualTo("information-request");
            assertThat(m.getBody()).contains("Please send a photo of the label.");
        });

        ClockUtil.setCurrentTime(Date.from(start.plus(Duration.ofHours(5))));
        DeskClient.Response reply = message(filed, "Here it is: the label says model X-200.", null);

        assertThat(reply.status()).isEqualTo(201);
        assertThat(filed.pi()).hasPassed(Element.RESUME_INVESTIGATION).isWaitingAt(Element.INVESTIGATE_COMPLAINT);
        assertThat(filed.pi()).variables().containsEntry("informationReceived", true);
        assertThat(task(filed.pi())).isAssignedTo("quinn"); // the owner gets the case back
        var complaint = complaints.getByComplaintNo(filed.complaintNo());
        assertThat(complaint.getStatus()).isEqualTo(ComplaintStatus.OPEN);
        assertThat(complaint.getCustomerWaitSeconds()).isEqualTo(5 * 3600);
        assertThat(complaint.getResolutionDueAt()).isEqualTo(due.plus(Duration.ofHours(5)));
        assertThat(task(filed.pi()).getDueDate().toInstant()).isEqualTo(due.plus(Duration.ofHours(5)));
    }

    @Test
    void informationRequested_noReplyByTheDeadline_investigationResumes() {
        Filed filed = fileAndStart(complaint("PRODUCT_QUALITY", "Broken."));
        investigateAndAsk(filed.pi(), "quinn", "Which colour did you order?");

        execute(job(Element.REPLY_OVERDUE, filed.pi()));

        assertThat(filed.pi()).hasPassed(Element.RESUME_INVESTIGATION).isWaitingAt(Element.INVESTIGATE_COMPLAINT);
        assertThat(filed.pi()).variables().containsEntry("informationReceived", false);
    }

    @Test
    void addedInformation_isAttachedAndTheOwnerIsTold_withoutRestarting() {
        Filed filed = fileAndStart(complaint("PRODUCT_QUALITY", "Broken."));
        String taskId = task(filed.pi()).getId();
        as("quinn", () -> taskService().claim(taskId, "quinn"));

        DeskClient.Response added = message(filed, "It also smells of burnt plastic now.", null);

        assertThat(added.status()).isEqualTo(201);
        assertThat(filed.pi()).isWaitingAt(Element.INVESTIGATE_COMPLAINT).hasPassed(Element.NOTIFY_OWNER);
        assertThat(task(filed.pi()).getId()).isEqualTo(taskId); // same task, nothing restarted
        assertThat(taskService().getTaskComments(taskId)).anySatisfy(c ->
                assertThat(c.getFullMessage()).contains("burnt plastic"));
        assertThat(outbox.findByComplaintNoOrderByIdAsc(filed.complaintNo())).anySatisfy(m -> {
            assertThat(m.getRecipientKind()).isEqualTo(RecipientKind.STAFF);
            assertThat(m.getRecipientAddress()).isEqualTo("quinn@complaint-desk.local");
            assertThat(m.getTemplate()).isEqualTo("customer-information");
        });
    }

    @Test
    void addedInformationWithIdempotencyKey_isStoredOnce() {
        Filed filed = fileAndStart(complaint("PRODUCT_QUALITY", "Broken."));

        DeskClient.Response first = message(filed, "One more thing.", "key-1");
        DeskClient.Response again = message(filed, "One more thing.", "key-1");

        assertThat(first.status()).isEqualTo(201);
        assertThat(again.status()).isEqualTo(200);
        assertThat(again.json().get("messageId").asLong()).isEqualTo(first.json().get("messageId").asLong());
        long id = complaints.getByComplaintNo(filed.complaintNo()).getId();
        assertThat(notes.findByComplaintIdOrderByIdAsc(id))
                .filteredOn(n -> n.getKind() == NoteKind.CUSTOMER_INFORMATION).hasSize(1);
    }

    @Test
    void emptyMessage_isRefused() {
        Filed filed = fileAndStart(complaint("PRODUCT_QUALITY", "Broken."));

        DeskClient.Response response = message(filed, " ", null);

        assertThat(response.status()).isEqualTo(400);
        assertThat(response.json().get("errors").get(0).get("field").asText()).isEqualTo("text");
    }

    @Test
    void secondComplaintAboutTheSameOrder_joinsTheOpenCase() {
        String customer = "C-join-" + UUID.randomUUID();
        IntakeRequest firstRequest = complaint("PRODUCT_QUALITY", "The lamp flickers.", customer, false);
        Filed first = fileAndStart(firstRequest);
        as("quinn", () -> taskService().claim(task(first.pi()).getId(), "quinn"));
        IntakeRequest again = new IntakeRequest("CHAT", "chat-" + UUID.randomUUID(), firstRequest.customer(),
                firstRequest.order(), null, "Now the lamp does not switch on at all!", List.of(), null);

        var receipt = intake.receive(again, "gateway");
        continueCase(first);

        assertThat(receipt.complaintNo()).isEqualTo(first.complaintNo());
        assertThat(receipt.created()).isFalse();
        assertThat(receipt.joined()).isTrue();
        assertThat(receipt.customerToken()).as("a joined message hands out no access").isNull();
        assertThat(runtimeCount(first.complaintNo())).isEqualTo(1);
        long id = complaints.getByComplaintNo(first.complaintNo()).getId();
        assertThat(notes.findByComplaintIdOrderByIdAsc(id)).anySatisfy(n -> {
            assertThat(n.getKind()).isEqualTo(NoteKind.JOINED_COMPLAINT);
            assertThat(n.getText()).contains("does not switch on");
        });
        assertThat(outbox.findByComplaintNoOrderByIdAsc(first.complaintNo()))
                .anySatisfy(m -> assertThat(m.getTemplate()).isEqualTo("joined"))
                .anySatisfy(m -> assertThat(m.getTemplate()).isEqualTo("customer-information"));
        // delivered again, the joined message is still one note
        assertThat(intake.receive(again, "gateway").complaintNo()).isEqualTo(first.complaintNo());
        assertThat(notes.findByComplaintIdOrderByIdAsc(id))
                .filteredOn(n -> n.getKind() == NoteKind.JOINED_COMPLAINT).hasSize(1);
    }

    @Test
    void complaintAboutAnotherOrder_isACaseOfItsOwn() {
        String customer = "C-other-" + UUID.randomUUID();
        Filed first = fileAndStart(complaint("PRODUCT_QUALITY", "Broken.", customer, false));
        Filed second = file(complaint("PRODUCT_QUALITY", "Also broken.", customer, false));

        assertThat(second.complaintNo()).isNotEqualTo(first.complaintNo());
    }

    static Stream<Arguments> waitStates() {
        Consumer<Filed> triage = f -> { };
        Consumer<Filed> investigate = f -> { };
        Consumer<Filed> awaitingReply = f -> investigateAndAsk(f.pi(), "quinn", "Photo please?");
        Consumer<Filed> awaitingOfferAnswer = f -> investigateAndOffer(f.pi(), "quinn", "EXCHANGE", null);
        return Stream.of(
                Arguments.of(Element.TRIAGE_COMPLAINT, null, triage),
                Arguments.of(Element.INVESTIGATE_COMPLAINT, "PRODUCT_QUALITY", investigate),
                Arguments.of(Element.AWAIT_CUSTOMER_REPLY, "PRODUCT_QUALITY", awaitingReply),
                Arguments.of(Element.AWAIT_OFFER_RESPONSE, "PRODUCT_QUALITY", awaitingOfferAnswer),
                // the customer's rejection that leads here goes through the API, in the test below
                Arguments.of(Element.REVISE_OFFER, "PRODUCT_QUALITY", awaitingOfferAnswer));
    }

    @ParameterizedTest(name = "withdraw while at {0}")
    @MethodSource("waitStates")
    void withdrawal_endsTheCaseAtAnyWaitState(String waitState, String category, Consumer<Filed> reach) {
        Filed filed = fileAndStart(complaint(category, category == null
                ? "Hello, I am not happy, please do something." : "Broken."));
        reach.accept(filed);
        if (Element.REVISE_OFFER.equals(waitState)) {
            post(filed, "/offer-response", "{\"accepted\": false}");
        }
        assertThat(filed.pi()).isWaitingAt(waitState);

        DeskClient.Response response = post(filed, "/withdraw", "{\"reason\": \"Sorted it out with the seller\"}");

        assertThat(response.status()).isEqualTo(200);
        assertThat(response.json().get("status").asText()).isEqualTo("WITHDRAWN");
        assertThat(filed.pi()).hasPassed(Element.RECORD_WITHDRAWAL, Element.COMPLAINT_WITHDRAWN).isEnded();
        assertThat(taskService().createTaskQuery().processInstanceId(filed.pi().getId()).count()).isZero();
        var complaint = complaints.getByComplaintNo(filed.complaintNo());
        assertThat(complaint.getStatus()).isEqualTo(ComplaintStatus.WITHDRAWN);
        assertThat(complaint.getEndedAt()).isNotNull();
        assertThat(offers.findByComplaintIdOrderByRoundAsc(complaint.getId()))
                .noneMatch(o -> o.getStatus() == OfferStatus.OPEN);
        // withdrawing again is harmless; adding information now is refused
        assertThat(post(filed, "/withdraw", "{}").status()).isEqualTo(200);
        assertThat(message(filed, "Hello?", null).status()).isEqualTo(409);
    }

    @Test
    void withdrawnCase_freesTheOrderForANewComplaint() {
        String customer = "C-free-" + UUID.randomUUID();
        IntakeRequest request = complaint("PRODUCT_QUALITY", "Broken.", customer, false);
        Filed first = fileAndStart(request);
        post(first, "/withdraw", "{}");

        Filed second = file(new IntakeRequest("CHAT", "chat-" + UUID.randomUUID(), request.customer(), request.order(),
                null, "Broken again after all.", List.of(), null));

        assertThat(second.complaintNo()).isNotEqualTo(first.complaintNo());
    }

    private long runtimeCount(String complaintNo) {
        return processEngine.getRuntimeService().createProcessInstanceQuery().processInstanceBusinessKey(complaintNo)
                .count();
    }

    private DeskClient.Response message(Filed filed, String text, String idempotencyKey) {
        HttpRequest.Builder request = desk.request("/api/complaints/" + filed.complaintNo() + "/messages", null)
                .header("Content-Type", "application/json")
                .header("X-Customer-Token", filed.token())
                .POST(HttpRequest.BodyPublishers.ofString("{\"text\": \"" + text + "\"}"));
        if (idempotencyKey != null) {
            request.header("Idempotency-Key", idempotencyKey);
        }
        DeskClient.Response response = desk.send(request.build());
        if (response.status() / 100 == 2) {
            continueCase(filed);
        }
        return response;
    }

    private DeskClient.Response post(Filed filed, String path, String body) {
        return new Customer(desk, filed.complaintNo(), filed.token(), processEngine).post(path, body);
    }
}
