package org.complaintdesk.support;

import java.net.http.HttpRequest;
import org.camunda.bpm.engine.ProcessEngine;

/**
 * The customer's side of the API for one complaint, with its token. Given the engine, it also continues the
 * case after each accepted answer, as the job executor would (see {@link Answers}).
 */
public final class Customer {

    private final DeskClient desk;
    private final String complaintNo;
    private final String token;
    private final ProcessEngine engine;

    public Customer(DeskClient desk, String complaintNo, String token) {
        this(desk, complaintNo, token, null);
    }

    public Customer(DeskClient desk, String complaintNo, String token, ProcessEngine engine) {
        this.desk = desk;
        this.complaintNo = complaintNo;
        this.token = token;
        this.engine = engine;
    }

    public DeskClient.Response post(String path, String json) {
        DeskClient.Response response = desk.send(desk.request("/api/complaints/" + complaintNo + path, null)
                .header("Content-Type", "application/json")
                .header("X-Customer-Token", token)
                .POST(HttpRequest.BodyPublishers.ofString(json))
                .build());
        if (engine != null && response.status() / 100 == 2) {
            Answers.continueCase(engine, complaintNo);
        }
        return response;
    }

    public DeskClient.Response caseFile() {
        return desk.getWithHeader("/api/complaints/" + complaintNo, "X-Customer-Token", token);
    }

    public DeskClient.Response answerOffer(boolean accepted) {
        return post("/offer-response", "{\"accepted\": " + accepted + "}");
    }

    public DeskClient.Response survey(boolean solved, int score) {
        return post("/survey", "{\"solved\": " + solved + ", \"score\": " + score + ", \"comment\": \"thanks\"}");
    }
}
