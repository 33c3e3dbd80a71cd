package org.w3id.r2p.extract.text;

/**
 * A part of a string seen as a text of its own, without copying it: a matcher with transparent bounds on it sees
 * what a matcher bounded to that part of the whole string sees, and offsets are relative to {@code from}.
 */
public record TextWindow(String text, int from, int to) implements CharSequence {
    @Override
    public int length() {
        return to - from;
    }

    @Override
    public char charAt(int index) {
        return text.charAt(from + index);
    }

    @Override
    public CharSequence subSequence(int start, int end) {
        return text.substring(from + start, from + end);
    }

    @Override
    public String toString() {
        return text.substring(from, to);
    }
}
