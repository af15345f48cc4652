package org.complaintdesk.support;

import java.net.http.HttpRequest;

/** The customer's side of the API for one complaint, with its token. */
public final class Customer {

    private final DeskClient desk;
    private final String complaintNo;
    private final String token;

    public Customer(DeskClient desk, String complaintNo, String token) {
        this.desk = desk;
        this.complaintNo = complaintNo;
        this.token = token;
    }

    public DeskClient.Response post(String path, String json) {
        return desk.send(desk.request("/api/complaints/" + complaintNo + path, null)
                .header("Content-Type", "application/json")
                .header("X-Customer-Token", token)
                .POST(HttpRequest.BodyPublishers.ofString(json))
                .build());
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
