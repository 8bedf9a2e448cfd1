#!/usr/bin/env python3
"""Generate ontology/lexicon/common_words.txt from a news corpus.

Usage:
    python3 tools/gen_common_words.py CORPUS_DIR > ontology/lexicon/common_words.txt

CORPUS_DIR holds plain-text articles (*.txt: title on line 1, body after).
Standard library only; the output is deterministic for a given corpus.

The list answers one question for skein: is a capitalised token that stands
at the start of a sentence ("According", "These", "Sharing", "Moreover") an
ordinary English word rather than a name on its own?

How a word gets in:

1. Every article is tokenised into words (letters, with internal apostrophes;
   a possessive "'s" is stripped, hyphenated words are split into parts).
2. For each lower-cased word we count
   (a) occurrences written in lower case, and
   (b) occurrences written capitalised (first letter upper, rest not all
       upper) in the middle of a sentence: not first on the line, not after
       sentence punctuation (. ! ? ; :), an opening quote or bracket, a dash
       or a bullet, and not on a title-cased line (headlines).
   All-capitals tokens ("US", "NATO") count for neither.
3. A word is kept when lower >= 3 and lower >= 2 * capitalised_mid_sentence,
   its lower-case form occurs in at least two articles (one article's
   lower-cased byline or table does not make a word), it is ASCII, and it
   has at least two letters (or is "a"). Web addresses, e-mail addresses, handles,
   hashtags and letters glued to digits ("19th") are not counted.
4. The closed-class and discourse words in EXTRA (determiners, pronouns,
   prepositions, conjunctions, auxiliaries, modals, sentence adverbs, number
   words, direction adjectives) are always added.
5. Month and weekday names are always removed, even the modal "may" (they
   live in stop_names.txt), and so is anything in EXCLUDE: particles of
   foreign names ("de", "bin", "von") and word fragments.

The corpus text itself is never written out: only single lower-case words.
"""

import collections
import os
import re
import sys

MIN_LOWER = 3
MIN_DOCS = 2
RATIO = 2

MONTHS_WEEKDAYS = {
    "january", "february", "march", "april", "may", "june", "july",
    "august", "september", "october", "november", "december",
    "monday", "tuesday", "wednesday", "thursday", "friday", "saturday",
    "sunday",
}

# Words the rule may let through that must not be in the list: particles
# of foreign names (a capitalised "De" or "Bin" is part of a name, so it must
# not be taken for an ordinary word and stripped) and word fragments.
EXCLUDE = {
    "al", "bin", "bint", "da", "das", "de", "del", "della", "der", "di",
    "dos", "du", "el", "ibn", "la", "le", "van", "von", "zu",
    "en", "er", "et", "ing", "lol", "por", "prev", "pullquote", "se",
}

# Closed-class English words and frequent sentence-opening adverbs: always in.
EXTRA = """
a an the this that these those such what which whose whatever whichever
some any no every each either neither both all half several many much more
most few fewer fewest less least little enough other another same own
certain various numerous plenty lots
i me my mine myself we us our ours ourselves you your yours yourself
yourselves he him his himself she her hers herself it its itself they them
their theirs themselves one ones oneself who whom whoever whomever
someone somebody something anyone anybody anything everyone everybody
everything nobody nothing none somewhere anywhere everywhere nowhere
about above across after against along alongside amid amidst among amongst
around as at atop before behind below beneath beside besides between beyond
by concerning considering despite down during except excluding following
for from given in including inside into like minus near nearby next of off
on onto opposite out outside over past per plus regarding round since than
through throughout till to toward towards under underneath unlike until
unto up upon versus via with within without worth
and but or nor so yet for because although though even if unless whereas
whereby while whilst whether once since lest provided than then till until
when whenever where wherever why how however whereupon thereby therefore
be am is are was were been being have has had having do does did doing done
shall should will would may might must can could ought need dare
ain't aren't can't couldn't didn't doesn't don't hadn't hasn't haven't isn't
mightn't mustn't needn't shan't shouldn't wasn't weren't won't wouldn't
i'm i've i'd i'll you're you've you'd you'll he'd he'll she'd she'll
we're we've we'd we'll they're they've they'd they'll let's that'll
there'd there'll who'd who'll who've what're
not no yes yeah oh okay please thanks
according accordingly additionally afterwards again ago ahead almost alone
already also altogether always anyhow anyway anyways apparently approximately
around back barely basically briefly certainly clearly consequently
conversely currently definitely earlier elsewhere else especially
essentially even eventually ever evidently exactly finally firstly
formerly fortunately frankly further furthermore generally hence here
hereby herein historically hitherto hopefully however immediately
importantly incidentally increasingly indeed initially instead
interestingly ironically just largely lastly later lately likewise
mainly maybe meanwhile merely moreover mostly namely naturally nearly
necessarily neither nevertheless newly nonetheless normally notably
notwithstanding now nowadays obviously occasionally officially often
only originally otherwise overall particularly perhaps possibly
potentially presently presumably previously primarily privately probably
publicly quite rather really recently regardless reportedly allegedly
respectively roughly secondly separately seriously shortly significantly
similarly simply simultaneously sometime sometimes somewhat soon
specifically still subsequently successfully suddenly supposedly surely
surprisingly thereafter thereof therein thirdly thus today together
tomorrow tonight too traditionally typically ultimately unfortunately
unsurprisingly usually very well whereafter yesterday yet
first second third fourth fifth sixth seventh eighth ninth tenth
zero one two three four five six seven eight nine ten eleven twelve
thirteen fourteen fifteen sixteen seventeen eighteen nineteen twenty
thirty forty fifty sixty seventy eighty ninety hundred hundreds thousand
thousands million millions billion billions trillion trillions dozen dozens
once twice
northern southern eastern western central northeastern northwestern
southeastern southwestern midwestern northward southward eastward westward
"""


WORD_RE = re.compile(r"[^\W\d_]+(?:'[^\W\d_]+)*")
# A word is not mid-sentence when the text glued to the end of the previous
# word holds sentence punctuation, or the rest of the gap before it holds an
# opening quote, a bracket, a dash or a bullet.
SENTENCE_END = set(".!?;:")
OPENERS = set("\"'\u201c\u2018([{<\u2014\u2013-*\u2022|>/#:")


# Web addresses, e-mail addresses, handles and hashtags are not prose.
NOT_PROSE_RE = re.compile(
    r"(?:https?://|www\.)\S+|\S+@\S+|[@#]\w+"
    r"|\b[\w.-]+\.(?:com|org|net|gov|edu|co|uk|ly|ws|io|us|tv|me|be)\b\S*",
    re.IGNORECASE)


def tokenize(line):
    """Yield (word, mid_sentence) for each word of one line."""
    line = line.replace("\u2019", "'").replace("\u00ad", "")
    line = line.replace("\u200b", "")
    line = NOT_PROSE_RE.sub(" ", line)
    pos = 0
    for m in WORD_RE.finditer(line):
        gap = line[pos:m.start()]
        glued_digit = (m.start() > 0 and line[m.start() - 1].isdigit()) or (
            m.end() < len(line) and line[m.end()].isdigit())
        if pos == 0:
            mid = False  # first word on the line
        else:
            glued = re.match(r"\S*", gap).group(0)
            rest = gap[len(glued):]
            mid = not (any(c in SENTENCE_END for c in glued)
                       or any(c in OPENERS for c in rest))
        pos = m.end()
        word = m.group(0)
        if word.lower().endswith("'s"):
            word = word[:-2]
        if word and not glued_digit:  # not 19th, 5G, COVID19
            yield word, mid


def is_title_line(words):
    """A headline-style line: most words of four letters or more capitalised."""
    long_words = [w for w in words if len(w) > 3]
    if len(long_words) < 2:
        return False
    caps = sum(1 for w in long_words if w[0].isupper())
    return caps >= 0.6 * len(long_words)


def is_capitalised(word):
    if len(word) == 1:
        return word.isupper()
    return word[0].isupper() and word[1:].islower()


def count(corpus_dir):
    lower = collections.Counter()
    lower_docs = collections.Counter()
    cap_mid = collections.Counter()
    names = sorted(n for n in os.listdir(corpus_dir) if n.endswith(".txt"))
    for name in names:
        path = os.path.join(corpus_dir, name)
        seen = set()
        with open(path, encoding="utf-8", errors="replace") as fh:
            for line in fh:
                toks = list(tokenize(line))
                title = is_title_line([w for w, _ in toks])
                for word, mid in toks:
                    low = word.lower()
                    if word == low:
                        lower[low] += 1
                        seen.add(low)
                    elif mid and not title and is_capitalised(word):
                        cap_mid[low] += 1
                    # all-capitals (US, NATO) and mixed case (McCaskill,
                    # iPhone) count for neither
        lower_docs.update(seen)
    return lower, lower_docs, cap_mid


def main(argv):
    if len(argv) != 2:
        sys.stderr.write(__doc__)
        return 2
    lower, lower_docs, cap_mid = count(argv[1])
    words = set()
    for w, n in lower.items():
        if n < MIN_LOWER or n < RATIO * cap_mid.get(w, 0):
            continue
        if lower_docs[w] < MIN_DOCS:
            continue
        if len(w) < 2 and w != "a":
            continue
        if not re.fullmatch(r"[a-z]+(?:'[a-z]+)*", w):
            continue
        words.add(w)
    words.update(EXTRA.split())
    words -= MONTHS_WEEKDAYS
    words -= EXCLUDE
    sys.stdout.write("".join(w + "\n" for w in sorted(words)))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
