package org.complaintdesk.complaint;

import com.ibm.icu.text.Transliterator;

/** Traditional and simplified Chinese: tells them apart and folds one into the other. */
public final class ChineseScript {

    private static final Transliterator TO_SIMPLIFIED = Transliterator.getInstance("Hant-Hans");

    /** The text with traditional characters replaced by their simplified forms; other text unchanged. */
    public static String toSimplified(String text) {
        synchronized (TO_SIMPLIFIED) { // ICU transliterators are not documented as thread-safe
            return TO_SIMPLIFIED.transliterate(text);
        }
    }

    /** zh-TW when the text has traditional characters, zh-CN when it has other Chinese, else en. */
    public static CustomerLocale guessLocale(String text) {
        if (text == null || text.codePoints().noneMatch(ChineseScript::isHan)) {
            return CustomerLocale.EN;
        }
        return toSimplified(text).equals(text) ? CustomerLocale.ZH_CN : CustomerLocale.ZH_TW;
    }

    private static boolean isHan(int codePoint) {
        return Character.UnicodeScript.of(codePoint) == Character.UnicodeScript.HAN;
    }

    private ChineseScript() {
    }
}
