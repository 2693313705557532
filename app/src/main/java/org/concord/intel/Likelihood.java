package org.concord.intel;

/**
 * How likely a risk is, on the probability yardstick of UK Defence Intelligence (PHIA), which NATO analysts also use:
 * seven words, each a range of probability. The ranges are stated so that a reader can check the words.
 */
public enum Likelihood {
    REMOTE_CHANCE("remote chance", 0, 5),
    HIGHLY_UNLIKELY("highly unlikely", 10, 20),
    UNLIKELY("unlikely", 25, 35),
    REALISTIC_POSSIBILITY("realistic possibility", 40, 50),
    LIKELY("likely or probably", 55, 75),
    HIGHLY_LIKELY("highly likely", 80, 90),
    ALMOST_CERTAIN("almost certain", 95, 100);

    private final String words;
    private final int low, high;

    Likelihood(String words, int low, int high) {
        this.words = words;
        this.low = low;
        this.high = high;
    }

    /** The words, e.g. "realistic possibility". */
    public String words() { return words; }

    /** The range in percent, e.g. "40-50 %". */
    public String range() { return low + "-" + high + " %"; }

    /** 1 (remote chance) to 7 (almost certain). */
    int rank() { return ordinal() + 1; }
}
