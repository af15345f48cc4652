package org.complaintdesk.process;

/**
 * Names that {@code processes/complaint-handling.bpmn}, the delegates and the tests share.
 * Change a name here and in the model together.
 */
public final class ComplaintHandling {

    public static final String PROCESS_KEY = "complaint-handling";

    /** Process variables: only ids and small routing facts; the complaint itself lives in our tables. */
    public static final class Var {
        public static final String COMPLAINT_NO = "complaintNo";
        public static final String DESK = "desk";
        public static final String CATEGORY = "category";

        private Var() {
        }
    }

    /** Element ids, for tests and for queries by activity. */
    public static final class Element {
        public static final String START_COMPLAINT_RECEIVED = "StartEvent_ComplaintReceived";
        public static final String REGISTER_COMPLAINT = "ServiceTask_RegisterComplaint";
        public static final String ROUTE_COMPLAINT = "BusinessRuleTask_RouteComplaint";
        public static final String HANDLE_COMPLAINT = "UserTask_HandleComplaint";
        public static final String CLOSE_COMPLAINT = "ServiceTask_CloseComplaint";
        public static final String END_COMPLAINT_HANDLED = "EndEvent_ComplaintHandled";

        private Element() {
        }
    }

    private ComplaintHandling() {
    }
}
