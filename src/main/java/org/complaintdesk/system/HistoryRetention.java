package org.complaintdesk.system;

import java.time.LocalTime;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.util.ParseUtil;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * How long Camunda keeps the history of cases and decisions, and when it removes what is older: one setting for the
 * desk ({@code complaint-desk.history}) instead of one per model.
 * <ul>
 *   <li>{@code time-to-live} is the engine's default for a model without its own, and at every start it is set on
 *       every deployed process and decision definition whose time to live differs (the models in the repository say
 *       the same five years, so Modeler shows what applies);</li>
 *   <li>{@code cleanup-window} is the engine's history cleanup batch window: the engine schedules its cleanup job at
 *       start and the job executor runs it in that window every night, removing the history of instances whose
 *       removal time (end + time to live) has passed.</li>
 * </ul>
 * The desk's own tables (case library, audit log) are not Camunda history and are kept.
 */
@Component
class HistoryRetention extends AbstractProcessEnginePlugin {

    private static final Logger log = LoggerFactory.getLogger(HistoryRetention.class);

    private final String timeToLive;
    private final int days;
    private final String windowStarts;
    private final String windowEnds;

    HistoryRetention(@Value("${complaint-desk.history.time-to-live}") String timeToLive,
                     @Value("${complaint-desk.history.cleanup-window.starts}") LocalTime windowStarts,
                     @Value("${complaint-desk.history.cleanup-window.ends}") LocalTime windowEnds) {
        Integer parsed = ParseUtil.parseHistoryTimeToLive(timeToLive);
        if (parsed == null || parsed < 1) {
            throw new IllegalStateException("complaint-desk.history.time-to-live must be a number of days, such as "
                    + "P1825D, not " + timeToLive);
        }
        this.timeToLive = timeToLive;
        this.days = parsed;
        this.windowStarts = windowStarts.toString();
        this.windowEnds = windowEnds.toString();
    }

    @Override
    public void preInit(ProcessEngineConfigurationImpl configuration) {
        configuration.setHistoryTimeToLive(timeToLive);
        configuration.setHistoryCleanupBatchWindowStartTime(windowStarts);
        configuration.setHistoryCleanupBatchWindowEndTime(windowEnds);
    }

    /** After the models are deployed: every version of every definition keeps history as long as configured. */
    @EventListener(ApplicationReadyEvent.class)
    void applyToDeployedDefinitions(ApplicationReadyEvent ready) {
        ProcessEngine engine = ready.getApplicationContext().getBean(ProcessEngine.class);
        RepositoryService repository = engine.getRepositoryService();
        int changed = 0;
        for (var definition : repository.createProcessDefinitionQuery().list()) {
            if (!Integer.valueOf(days).equals(definition.getHistoryTimeToLive())) {
                repository.updateProcessDefinitionHistoryTimeToLive(definition.getId(), days);
                changed++;
            }
        }
        for (var definition : repository.createDecisionDefinitionQuery().list()) {
            if (!Integer.valueOf(days).equals(definition.getHistoryTimeToLive())) {
                repository.updateDecisionDefinitionHistoryTimeToLive(definition.getId(), days);
                changed++;
            }
        }
        if (changed > 0) {
            log.info("History time to live set to {} days on {} process and decision definitions", days, changed);
        }
    }
}
