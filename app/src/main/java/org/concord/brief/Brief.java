package org.concord.brief;

import org.concord.intel.RiskData;
import org.concord.options.ItemOptions;

import java.util.List;

/**
 * One decision item's brief as one reader may see it: every part is what the application services show that reader,
 * and {@code classification} is the highest marking of the parts shown (never of what was left out).
 *
 * @param item           the item's id
 * @param subject        the item's subject: the question put to the Council
 * @param question       the forecast issue's question, or null without one
 * @param scale0         what 0 on the scale means, or null
 * @param scale100       what 100 means, or null
 * @param body           the deciding body
 * @param level          the level it is at
 * @param proposer       the proposing member, or CHAIR
 * @param status         the item's status
 * @param consensus      whether consensus stands, in words (who blocks, under which rule)
 * @param blocking       the members whose official position blocks
 * @param text           the item's latest text
 * @param board          the official positions, one per required member
 * @param positionCounts the standing positions counted, in words (e.g. "32 of 32: no position yet")
 * @param stances        the reported stances on the item's issues the reader may see, newest first
 * @param options        the item's options with their forecasts
 * @param risks          the risks on the item, its options and the missions it touches
 * @param reviews        the review history of the missions it touches (empty until reviews are recorded)
 * @param sources        every source key cited by what is shown, with its citation
 * @param classification the highest marking of what is shown
 * @param reader         who it was prepared for (role, and nation where bound)
 * @param preparedOn     the day it was prepared (YYYY-MM-DD)
 */
public record Brief(String item, String subject, String question, String scale0, String scale100, String body, String level,
                    String proposer, String status, String consensus, List<String> blocking, String text, List<BoardCell> board,
                    String positionCounts, List<StanceLine> stances, ItemOptions options, List<RiskData> risks,
                    List<MissionReviews> reviews, List<Source> sources, String classification, String reader, String preparedOn) {

    /** A member's official position (the R8 code): {@code position} is null when it has none yet. */
    public record BoardCell(String member, String position) {}

    /** A reported stance as the brief shows it. */
    public record StanceLine(String about, String reportedOn, String source, String grade, double position, String quote,
                             String classification) {}

    /** A mission's reviews, oldest first, each one line. */
    public record MissionReviews(String mission, String name, List<ReviewLine> reviews) {}

    /** One review in a line (due, held, by whom, recommendation, the item it led to), with its marking. */
    public record ReviewLine(String text, String classification) {}

    /** A source key with its citation. */
    public record Source(String key, String citation) {}
}
