package org.complaintdesk.complaint;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/** The three languages the desk answers in. */
public enum CustomerLocale {
    ZH_CN("zh-CN"), ZH_TW("zh-TW"), EN("en");

    private final String tag;

    CustomerLocale(String tag) {
        this.tag = tag;
    }

    public String tag() {
        return tag;
    }

    public Locale toLocale() {
        return Locale.forLanguageTag(tag);
    }

    public static Optional<CustomerLocale> fromTag(String tag) {
        return Arrays.stream(values()).filter(l -> l.tag.equalsIgnoreCase(tag)).findFirst();
    }

    public static CustomerLocale ofTag(String tag) {
        return fromTag(tag).orElseThrow(() -> new IllegalArgumentException("unsupported locale " + tag));
    }
}
