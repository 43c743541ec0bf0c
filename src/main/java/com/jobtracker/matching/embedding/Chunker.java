package com.jobtracker.matching.embedding;

import java.util.ArrayList;
import java.util.List;

/**
 * Cuts a text into chunks a model reads completely: whole lines and sentences packed together up to a word budget, a
 * longer sentence cut at word boundaries. MiniLM's bundled tokenizer stops at 128 word pieces; technical English
 * averages well under two word pieces per word, so 60 words per chunk keeps every word inside the window.
 */
public final class Chunker {

    private Chunker() {}

    public record Chunk(String text, int words) {}

    public static List<Chunk> chunks(String text, int maxWords) {
        List<Chunk> chunks = new ArrayList<>();
        List<String> current = new ArrayList<>();
        for (String sentence : text.split("(?<=[.!?;])\\s+|\\R+")) {
            String[] words = sentence.strip().split("\\s+");
            if (words.length == 1 && words[0].isEmpty()) {
                continue;
            }
            if (current.size() + words.length > maxWords && !current.isEmpty()) {
                chunks.add(chunk(current));
                current.clear();
            }
            for (String word : words) {
                if (current.size() == maxWords) {
                    chunks.add(chunk(current));
                    current.clear();
                }
                current.add(word);
            }
        }
        if (!current.isEmpty()) {
            chunks.add(chunk(current));
        }
        return chunks;
    }

    private static Chunk chunk(List<String> words) {
        return new Chunk(String.join(" ", words), words.size());
    }
}
