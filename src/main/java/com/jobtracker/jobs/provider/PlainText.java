package com.jobtracker.jobs.provider;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.parser.Parser;
import org.jspecify.annotations.Nullable;

/**
 * Provider descriptions arrive as HTML (Greenhouse's even entity-escaped twice). They leave as plain text: jsoup
 * parses the markup, so script and style content and every tag and attribute are dropped rather than pattern-matched,
 * and block elements become line breaks. Clients still treat the result as text, never as markup.
 */
public final class PlainText {

    private static final int MAX_CHARS = 20_000;
    private static final String BREAK = "\uE000";

    private PlainText() {}

    public static @Nullable String fromHtml(@Nullable String html) {
        if (html == null || html.isBlank()) {
            return null;
        }
        Document document = Jsoup.parse(html);
        document.select("script, style, noscript, template, iframe, object").remove();
        document.select("br").before(BREAK);
        document.select("p, div, li, h1, h2, h3, h4, h5, h6, ul, ol, tr, section")
                .before(BREAK);
        String text = document.text()
                .replace(BREAK + " ", BREAK)
                .replace(" " + BREAK, BREAK)
                .replaceAll(BREAK + "{2,}", BREAK)
                .replace(BREAK, "\n")
                .strip();
        if (text.length() > MAX_CHARS) {
            text = text.substring(0, MAX_CHARS) + "…";
        }
        return text.isEmpty() ? null : text;
    }

    /** For HTML that was entity-escaped before being put into JSON ({@code &lt;p&gt;…}). */
    public static @Nullable String fromEscapedHtml(@Nullable String escaped) {
        return escaped == null ? null : fromHtml(Parser.unescapeEntities(escaped, false));
    }

    /** Descriptions that are meant as text keep their line breaks; markup in them is still removed. */
    public static @Nullable String fromText(@Nullable String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        if (text.indexOf('<') >= 0 || text.indexOf('&') >= 0) {
            return fromHtml(text.replace("\n", "<br>"));
        }
        String plain = text.strip();
        return plain.length() > MAX_CHARS ? plain.substring(0, MAX_CHARS) + "…" : plain;
    }

    /** Plain-text fields (titles, names) can still carry stray tags or entities; they are cleaned the same way. */
    public static @Nullable String line(@Nullable String value) {
        String text = fromHtml(value);
        return text == null ? null : text.replace('\n', ' ').strip();
    }
}
