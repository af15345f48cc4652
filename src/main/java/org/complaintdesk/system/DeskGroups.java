package org.complaintdesk.system;

import java.util.List;

/** Camunda group ids: the candidate groups of the process models and the roles of our API. */
public final class DeskGroups {

    public static final String SERVICE_DESK = "service-desk";
    public static final String LOGISTICS_DESK = "logistics-desk";
    public static final String QUALITY_DESK = "quality-desk";
    public static final String FINANCE_DESK = "finance-desk";
    public static final String TRIAGE = "triage";
    public static final String SUPERVISORS = "supervisors";
    public static final String ARBITRATORS = "arbitrators";
    public static final String WAREHOUSE = "warehouse";
    public static final String AUDITORS = "auditors";
    public static final String CHANNELS = "channels";
    public static final String ADMINS = "camunda-admin";
    /** Merchants' users: upload evidence and appeal rulings about their own orders. */
    public static final String MERCHANTS = "merchants";
    /** The payment service reporting refund settlements. */
    public static final String PAYMENT_SERVICES = "payment-services";
    /** Monitoring systems scraping the desk's metrics ({@code /actuator/prometheus}); nothing else. */
    public static final String METRICS_SCRAPERS = "metrics-scrapers";

    /** The desks that own complaints (first-contact ownership). */
    public static final List<String> DESKS = List.of(SERVICE_DESK, LOGISTICS_DESK, QUALITY_DESK, FINANCE_DESK);

    /** Groups whose members work tasks in Tasklist. */
    public static final List<String> TASK_WORKERS = List.of(SERVICE_DESK, LOGISTICS_DESK, QUALITY_DESK,
            FINANCE_DESK, TRIAGE, SUPERVISORS, ARBITRATORS, WAREHOUSE);

    /** Groups of the desk's staff: they read cases through our API, each the cases {@link CaseAccess} gives them. */
    public static final List<String> STAFF = List.of(SERVICE_DESK, LOGISTICS_DESK, QUALITY_DESK, FINANCE_DESK,
            TRIAGE, SUPERVISORS, ARBITRATORS, WAREHOUSE, AUDITORS, ADMINS);

    private DeskGroups() {
    }
}
