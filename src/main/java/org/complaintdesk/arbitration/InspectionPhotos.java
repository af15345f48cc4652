package org.complaintdesk.arbitration;

import java.io.IOException;
import org.camunda.bpm.engine.TaskService;
import org.complaintdesk.complaint.ComplaintNotFoundException;
import org.complaintdesk.process.RemedyExecution;
import org.complaintdesk.system.ApiProblem;
import org.complaintdesk.system.ConflictException;
import org.complaintdesk.system.DeskGroups;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.stereotype.Service;
import org.springframework.web.multipart.MultipartFile;

/**
 * Photos the warehouse takes while inspecting returned goods, attached from the case file page in the browser. They
 * are evidence of the warehouse ({@link EvidencePeriods}, with its limits), accepted while the case has an open
 * "Inspect returned goods" task for the warehouse, from a member of the warehouse who may read the case.
 */
@Service
public class InspectionPhotos {

    private final Parties parties;
    private final EvidencePeriods periods;
    private final TaskService taskService;

    InspectionPhotos(Parties parties, EvidencePeriods periods, TaskService taskService) {
        this.parties = parties;
        this.periods = periods;
        this.taskService = taskService;
    }

    /** Whether the caller may attach photos to the case now (the page then shows the upload form). */
    public boolean canAttach(String complaintNo, Authentication caller) {
        return isWarehouse(caller) && inspectionOpen(complaintNo);
    }

    /**
     * @throws ApiProblem 403 for anyone outside the warehouse, 413/415 for a file too large or not a photo
     * @throws ComplaintNotFoundException for a case the caller may not read
     * @throws ConflictException 409 while no inspection is open; nothing is stored then
     */
    public Evidence attach(String complaintNo, Authentication caller, MultipartFile photo, String note)
            throws IOException {
        if (!isWarehouse(caller)) {
            throw new ApiProblem(HttpStatus.FORBIDDEN, "forbidden", "Forbidden",
                    "Inspection photos come from the warehouse. Nothing was stored.");
        }
        Parties.Caller warehouse = parties.resolve(complaintNo, null, caller);
        if (!inspectionOpen(complaintNo)) {
            throw new ConflictException("no-inspection", "Complaint " + complaintNo
                    + " has no returned goods waiting for inspection; nothing was stored.");
        }
        return periods.submitPhoto(warehouse, photo, note);
    }

    private boolean inspectionOpen(String complaintNo) {
        return taskService.createTaskQuery().processInstanceBusinessKey(complaintNo)
                .taskDefinitionKey(RemedyExecution.Element.INSPECT_RETURN).taskCandidateGroup(DeskGroups.WAREHOUSE)
                .includeAssignedTasks().active().count() > 0;
    }

    private static boolean isWarehouse(Authentication caller) {
        return caller != null && caller.getAuthorities().stream().map(GrantedAuthority::getAuthority)
                .anyMatch(DeskGroups.WAREHOUSE::equals);
    }
}
