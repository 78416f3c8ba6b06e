package org.raqib.text;

/**
 * Who a statement is attributed to, as written ({@code وزارة الخارجية المصرية}, {@code البيان التركي},
 * {@code the UN}), its span, and the cue that attributes it ({@code أعلنت}, {@code وفقاً}, {@code according to},
 * {@code said}).
 */
public record StatementSource(int start, int end, String who, String cue) {
}
