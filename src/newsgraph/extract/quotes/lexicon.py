"""Word lists the quote extractor reads: speech cues, media, anonymous-source nouns, disputes.

Lemmas are lower case (spaCy's lemmatizer output). These are general news-English lists, not
tuned to any corpus; extend them here rather than in the code that reads them.
"""

from __future__ import annotations

# Verbs that introduce what someone said or wrote: they can attribute a direct quote
# ("...," she said), stand in parenthesis ("..., officials said"), or take a clause.
SPEECH_VERBS: frozenset[str] = frozenset({
    "say", "tell", "warn", "claim", "state", "add", "note", "announce", "declare", "insist",
    "stress", "emphasize", "emphasise", "explain", "argue", "suggest", "report", "write", "tweet",
    "post", "assert", "affirm", "confirm", "deny", "acknowledge", "admit", "remark", "comment",
    "observe", "reiterate", "repeat", "mention", "indicate", "predict", "promise", "pledge",
    "vow", "threaten", "urge", "ask", "reply", "respond", "answer", "recall", "accuse", "allege",
    "contend", "maintain", "concede", "complain", "caution", "boast", "joke", "quip", "testify",
    "clarify", "retort", "counter", "underline", "underscore", "highlight", "proclaim", "lament",
    "continue", "elaborate", "shout", "scream", "whisper", "read", "quote", "reaffirm", "inform",
})

# Verbs that only count as a cue with a clausal complement ("X believes that ...", "rejected
# claims that ..."): with a plain object they are ordinary events ("Iran expressed support").
CLAUSE_VERBS: frozenset[str] = frozenset({
    "believe", "think", "expect", "hope", "fear", "worry", "doubt", "feel", "know", "show",
    "find", "conclude", "speculate", "guess", "wonder", "recommend", "propose", "demand",
    "describe", "blame", "criticize", "criticise", "express", "voice", "reject", "dismiss",
    "refute", "dispute", "contest", "rebut", "contradict", "correct", "disclose", "reveal",
    "assure", "reassure", "notify", "brief", "agree", "signal", "hint", "estimate", "forecast",
    "charge", "cite", "deplore", "condemn", "welcome", "learn", "hear", "recognize", "recognise",
})

# "expressed concern that", "voiced hope that": the noun that makes these verbs speech.
EXPRESS_NOUNS: frozenset[str] = frozenset({
    "concern", "hope", "confidence", "doubt", "fear", "regret", "belief", "view", "opinion",
    "frustration", "satisfaction", "optimism", "worry", "surprise", "readiness",
})

# Verbs whose subject is usually a medium passing on someone else's words.
REPORT_VERBS: frozenset[str] = frozenset({"report", "quote", "cite", "carry", "publish"})

# Nouns for a medium or document through which words reach the reader ("said in a statement",
# "according to the government's website", "a statement from X's office quoted him").
MEDIUM_NOUNS: frozenset[str] = frozenset({
    "agency", "newspaper", "daily", "paper", "television", "tv", "broadcaster", "channel",
    "radio", "website", "site", "outlet", "media", "report", "statement", "readout", "communique",
    "communiqué", "release", "post", "tweet", "interview", "transcript", "video", "account",
    "broadcast", "bulletin", "letter", "message", "note", "memo", "document", "article", "op-ed",
    "column", "editorial", "blog", "podcast", "feed", "wire", "dispatch", "network", "press",
    "publication", "magazine", "journal", "x", "twitter", "telegram", "facebook", "instagram",
    "page", "platform", "service",
})

# Mediums that are said "in": "said in a statement", "in its readout", "in an interview".
IN_MEDIUM_NOUNS: frozenset[str] = frozenset({
    "statement", "readout", "communique", "communiqué", "release", "post", "tweet", "interview",
    "letter", "message", "note", "memo", "document", "article", "op-ed", "column", "editorial",
    "video", "broadcast", "report", "transcript", "bulletin", "remarks", "speech", "podcast",
})

# Named news agencies and outlets commonly cited as intermediaries (lower case, as written).
NEWS_AGENCIES: frozenset[str] = frozenset({
    "reuters", "ap", "associated press", "the associated press", "afp", "agence france-presse",
    "agence france presse", "irna", "tass", "ria novosti", "ria", "interfax", "sana", "anadolu",
    "anadolu agency", "tasnim", "fars", "isna", "mehr", "ilna", "al jazeera", "al arabiya",
    "al-arabiya", "al-jazeera", "bbc", "cnn", "bloomberg", "xinhua", "kyodo", "yonhap", "wafa",
    "kuna", "wam", "spa", "nna", "press tv", "presstv", "al-manar", "al manar", "al mayadeen",
    "sputnik", "rt", "trt", "dpa", "efe", "ansa", "upi", "the new york times", "new york times",
    "the washington post", "washington post", "the wall street journal", "wall street journal",
    "the financial times", "financial times", "the guardian", "axios", "politico", "nbc", "cbs",
    "abc", "fox news", "sky news", "the times", "haaretz", "the times of israel", "ynet",
    "channel 12", "kan", "ifax", "izvestia", "kommersant", "hurriyet", "sabah", "daily sabah",
    "ntv", "cnn turk", "tehran times", "mehr news", "tasnim news", "irib", "iribnews",
})

# Heads of a noun phrase that describe an unnamed source.
ANON_NOUNS: frozenset[str] = frozenset({
    "official", "source", "diplomat", "officer", "commander", "spokesperson", "spokesman",
    "spokeswoman", "aide", "adviser", "advisor", "insider", "person", "people", "analyst",
    "expert", "resident", "witness", "member", "lawmaker", "legislator", "minister", "envoy",
    "negotiator", "military", "security", "intelligence", "staffer", "employee", "worker",
    "fighter", "activist", "doctor", "medic", "figure", "representative", "delegate",
})

# Determiners and quantifiers that make a source noun phrase unnamed ("a", "two", "another").
ANON_DETERMINERS: frozenset[str] = frozenset({
    "a", "an", "another", "one", "two", "three", "four", "five", "several", "some", "many",
    "second", "third", "senior", "other", "multiple", "various", "unnamed", "anonymous",
    "numerous", "few", "fourth",
})

# Verbs and nouns of denial and dispute.
DISPUTE_VERBS: dict[str, str] = {
    "deny": "denial", "reject": "rejection", "dismiss": "dismissal", "refute": "refutation",
    "dispute": "dispute", "contest": "dispute", "rebut": "rebuttal", "contradict": "contradiction",
    "clarify": "clarification", "correct": "correction", "counter": "rebuttal",
}
CLAIM_NOUNS: frozenset[str] = frozenset({
    "claim", "report", "allegation", "accusation", "suggestion", "assertion", "statement",
    "comment", "remark", "word", "account", "rumor", "rumour", "charge", "speculation",
    "characterization", "quote", "story", "notion", "idea", "version",
})
FALSITY_WORDS: frozenset[str] = frozenset({
    "false", "untrue", "baseless", "fabricated", "inaccurate", "lie", "lies", "misquoted",
    "fake", "groundless", "unfounded", "incorrect", "wrong", "misleading", "nonsense",
    "fabrication", "distortion", "distorted",
})

# Pronouns that can be a speaker and need an antecedent.
SPEAKER_PRONOUNS: frozenset[str] = frozenset({"he", "she", "they", "it", "him", "her", "them"})

# The quotation marks, by role. Straight double quotes are opened or closed by context.
OPEN_MARKS = "\u201c\u201e\u00ab"  # “ „ «
CLOSE_MARKS = "\u201d\u00bb"  # ” »
SINGLE_OPEN = "\u2018"  # ‘
SINGLE_CLOSE = "\u2019"  # ’
