package org.complaintdesk.analytics.dashboard;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.ResourceBundle;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.complaintdesk.system.InvalidRequestException;
import org.springframework.http.CacheControl;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code GET /dashboard/labels?lang=en|zh}: the words for the codes the dashboard shows (categories, channels, desks,
 * responsible parties), taken from the bundle the task forms use ({@code labels/form-labels*.properties}), so a
 * category reads the same on the dashboard as in Tasklist and there is one list of them to translate.
 */
@RestController
class DashboardLabels {

    private static final String BUNDLE = "labels.form-labels";
    private static final List<String> FAMILIES = List.of("category", "channel", "desk", "party");
    private static final Map<String, Locale> LANGUAGES = Map.of("en", Locale.ENGLISH, "zh", Locale.SIMPLIFIED_CHINESE);

    @GetMapping(DashboardPage.PATH + "/labels")
    ResponseEntity<Map<String, Map<String, String>>> labels(@RequestParam(defaultValue = "en") String lang) {
        Locale locale = LANGUAGES.get(lang);
        if (locale == null) {
            throw new InvalidRequestException("lang", "must be one of [en, zh]");
        }
        ResourceBundle words = ResourceBundle.getBundle(BUNDLE, locale,
                ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
        Map<String, Map<String, String>> labels = FAMILIES.stream().collect(Collectors.toMap(family -> family,
                family -> words.keySet().stream().filter(key -> key.startsWith(family + "."))
                        .collect(Collectors.toMap(key -> key.substring(family.length() + 1), words::getString,
                                (a, b) -> a, TreeMap::new)),
                (a, b) -> a, TreeMap::new));
        return ResponseEntity.ok().cacheControl(CacheControl.noCache()).body(labels);
    }
}
