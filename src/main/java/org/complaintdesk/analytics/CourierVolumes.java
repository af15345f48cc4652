package org.complaintdesk.analytics;

import org.springframework.stereotype.Service;

/** Placeholder while the analytics API contract is settled. */
@Service
class CourierVolumes {

    VolumeUpload upload(String csv) {
        throw new UnsupportedOperationException("not yet");
    }
}
