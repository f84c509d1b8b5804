# ruff: noqa: E501  (a table of regular expressions reads better unbroken)
"""The table of scraping debris the cleaner drops: one documented rule per pattern.

A rule has a ``kind`` (what the user sees in ``newsgraph articles show``), a regular expression
and a ``where``:

- ``line``: the regex must match a whole line (stripped of surrounding whitespace) that is at
  most ``max_len`` characters long. Most debris is a line of its own in scraped text.
- ``inline``: every match inside a line is dropped (e.g. ``(Photo: Reuters)``).
- ``tail``: matched at the very end of the text's last line (texts scraped as one long line,
  e.g. ``... Reporting by X; Editing by Y Our Standards:The Thomson Reuters Trust Principles.``).
- ``head``: matched at the very start of the text's first line (``Get short URL 0 67``).
- ``cut``: a line that opens a comments or "related stories" block at the end of a page: it and
  everything after it is dropped, but only after the article has had at least two prose
  paragraphs (so a page that opens with such a line loses nothing).

The rules are conservative: each one names a phrase that real article prose does not use as a
whole line (or, for ``inline``/``tail``/``head``, as that exact construction). The strings that must
and must not be removed are in ``tests/clean/test_boilerplate_patterns.py``; add to both when
you add a rule.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache

from newsgraph.agencies import agency_names, alternation


@dataclass(frozen=True)
class Rule:
    kind: str  # subscribe | comments | see_also | caption | credit | share | footer | byline | ad | wire_code | glyph
    name: str
    where: str  # line | inline | tail | head | cut
    regex: re.Pattern[str]
    max_len: int = 250  # for ``line`` and ``cut`` rules: longer lines are never matched
    example: str = ""
    # For speed: a line is tried only if its ``hint_text`` holds one of these (empty: all).
    # Each must be a literal that every match of ``regex`` contains (under IGNORECASE), so
    # that a line without any cannot match: the hints never change what is found.
    hints: tuple[str, ...] = ()

    def worth_trying(self, folded: str) -> bool:
        """Whether ``regex`` can match in a line whose ``hint_text`` is ``folded``."""
        return not self.hints or any(h in folded for h in self.hints)


# Letters that a pattern compiled with IGNORECASE matches to an ASCII letter but that
# ``str.lower`` does not turn into it ("ſ" and "ı" stay, "İ" becomes "i" plus a combining dot).
_ODD_CASE = str.maketrans({"İ": "i", "ı": "i", "ſ": "s"})


def hint_text(line: str) -> str:
    """``line`` as rules look for their hints in it: lower-cased, with the few letters that
    IGNORECASE matches to an ASCII letter turned into that letter (so that a hint such as
    "slide" is found in "ſlide", which the regex matches)."""
    low = line.lower()
    if not low.isascii() and ("ı" in low or "ſ" in low or "\u0307" in low):
        return line.translate(_ODD_CASE).lower()
    return low


def _r(pattern: str, *, case: bool = False) -> re.Pattern[str]:
    return re.compile(pattern, 0 if case else re.IGNORECASE)


_SOCIAL = (
    r"(?:share|tweet|print|e-?mail|whatsapp|telegram|facebook|twitter|x|linkedin|reddit|"
    r"pinterest|tumblr|pocket|flipboard|messenger|vk|copy(?: link)?|more|comments?)"
)
_AGENCY_CAPS = r"(?:" + alternation(upper=True) + r")"
_AGENCY_ANY = r"(?:" + alternation() + r")"  # under IGNORECASE
_CREDIT_BY = (
    r"(?i:(?:additional )?(?:reporting|writing|editing|compiled|translated|"
    r"produced)(?: and (?:editing|writing|reporting))? by)"
)
_NAME = r"[A-Z][\w.'’\-]+(?:\s+(?:(?:al|el|de|van|von|bin|ibn|abu)[\-\s])?[A-Z][\w.'’\-]+){0,3}"

# Words of a keyword list ("Tags Syria Idlib airstrike"): no stop, no comma, none of the words
# a sentence needs (an article, an auxiliary, "said", a preposition that joins clauses).
_TAG_WORD = (
    r"(?!(?i:a|an|is|are|was|were|has|have|had|been|be|will|would|could|said|says|on|at|by|with"
    r"|from|that|which|who|it|its|he|she|they|we|after|into|this|these|as)\b)[^\s.!?;:,\"“”]+"
)
# Words that open a news lede and that a keyword list does not hold capitalised: where a list
# glued before the lede ends ("... Tags Syria Idlib At least 12 civilians were killed ...").
_STARTER = (
    r"(?:The|A|An|At least|More than|Almost|Nearly|Some|Dozens|Hundreds|Thousands|Several"
    r"|Two|Three|Four|Five|Six|Seven|Eight|Nine|Ten|Eleven|Twelve|Fifteen|Twenty|Thirty|Forty"
    r"|Fifty|Sixty|Seventy|Eighty|Ninety)\b"
)
_NAME2 = r"[A-Z][a-z’'-]+\s+[A-Z][a-z’'-]+"  # a first name and a surname: a signature
# An agency as a photo credit writes it without the slash the page had ("REUTERS Jane Roe",
# "AP Photo Jane Roe"): in capitals where the agency's name is not ("REUTERS", "XINHUA"), or
# followed by "Photo"; then a photographer's first name, an initial, a surname (two name words:
# a related headline in title case often follows, so a third word may be its first)
_CAPS_ONLY = (
    r"(?:"
    + "|".join(
        re.escape(n.upper())
        for n in sorted(agency_names(), key=len, reverse=True)
        if n.upper() != n
    )
    + r")"
)
_PHOTO_CREDIT = (
    r"(?:" + _CAPS_ONLY + r"|(?:" + alternation() + r")\s+Photos?)\s+"
    r"[A-Z][a-z’'-]+(?:\s+[A-Z]\.)?\s+[A-Z][a-z’'-]+"
    r"(?=\s+[A-Z0-9\"“]|\s*$)"
)
_WEEKDAY = r"(?:Mon|Tues?|Wed(?:nes)?|Thu(?:rs?)?|Fri|Sat(?:ur)?|Sun)(?:day)?"
_MONTH = (
    r"(?:Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?"
    r"|Sept?(?:ember)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)"
)

RULES: tuple[Rule, ...] = (
    # ---- subscription prompts
    Rule(
        "subscribe",
        "subscribe-prompt",
        "line",
        _r(
            r"subscribe(?:\s+(?:now|today|here))?[.!]?"
            r"|subscribe\b(?=.*\b(?:newsletter|e-?mail|inbox|latest|updates|posts|channel|our|free|"
            r"access|digital|alerts)\b).{0,160}"
        ),
        example="Subscribe to get our latest stories sent to your inbox.",
    ),
    Rule(
        "subscribe",
        "discover-more",
        "line",
        _r(r"discover more from\s+.{1,120}"),
        example="Discover more from Harbour Gazette | Coastal News",
    ),
    Rule(
        "subscribe",
        "sign-up",
        "line",
        _r(
            r"sign up\b(?=.*\b(?:newsletter|e-?mail|inbox|alerts|updates|briefing|daily|weekly)\b).{0,160}"
        ),
        example="Sign up for our daily newsletter",
    ),
    Rule(
        "subscribe",
        "get-in-inbox",
        "line",
        _r(
            r"(?:get|receive|have)\s+(?:the\s+)?(?:latest|our|breaking|daily|top|all)\b.{0,120}"
            r"\b(?:newsletter|inbox|e-?mail|alerts)\b.{0,40}"
        ),
        example="Get the latest news delivered to your inbox",
    ),
    Rule(
        "subscribe",
        "email-field",
        "line",
        _r(r"(?:enter|type)\s+your\s+e-?mail(?:\s+address)?.{0,60}|e-?mail address\s*\*?"),
        example="Type your email…",
    ),
    Rule(
        "subscribe",
        "paywall",
        "line",
        _r(
            r"(?:already (?:a subscriber|have an account)\??.{0,60}|continue reading.{0,60}"
            r"|keep reading with a .{0,80}|(?:support|fund) (?:our|independent) journalism.{0,120}"
            r"|(?:donate|become a (?:member|patron|supporter))(?: now| today| here)?[.!]?)"
        ),
        example="Already a subscriber? Sign in",
    ),
    # ---- comment forms and comment sections
    Rule(
        "comments",
        "comment-block",
        "cut",
        _r(
            r"leave a (?:reply|comment)(?:\s*cancel reply)?|\d+\s+(?:comments?|responses?|replies)"
            r"|\d+\s+thoughts? on\s+.{1,200}|comments? \(\d+\)|comments are closed\.?"
            r"|join the (?:conversation|discussion)\.?|(?:show|view|load) comments"
        ),
        example="Leave a Reply",
    ),
    Rule(
        "comments",
        "comment-form",
        "line",
        _r(
            r"your e-?mail(?: address)? will not be published\.?(?:\s*required fields are marked\s*\*?)?"
            r"|required fields are marked\s*\*?\.?|cancel reply|(?:post|submit)(?: a| your)? comment"
            r"|you must be (?:logged in|registered) to post a comment\.?"
            r"|notify me of (?:follow-up comments|new posts|new comments).{0,80}"
            r"|save my name,? e-?mail,? and website in this browser.{0,80}"
            r"|(?:name|e-?mail|website|comment)\s*\*"
            r"|(?:community standards\s*)?discussion(?:\s*comment via \w+(?:\s+\w+)?)+"
            r"|comment via \w+(?:\s+\w+)?(?:\s*comment via \w+(?:\s+\w+)?)*"
        ),
        example="Your email will not be published. Required fields are marked *",
    ),
    # ---- "see also" and related links
    Rule(
        "see_also",
        "see-also",
        "line",
        _r(r"see also\b.{0,200}"),
        example="See also  Minister says the port will reopen",
    ),
    Rule(
        "see_also",
        "read-more",
        "line",
        _r(
            r"(?:read|see|watch|listen)(?: more| also| next)?\s*(?:[:»›>|\-–—]+.{0,200})?"
            r"|(?:also read|read also|must read|more on this(?: story| topic)?|more from [^.!?]{1,80})\s*(?:[:»›>|\-–—].{0,200})?"
            r"|(?:read|see) more\s*(?:[:»›>|\-–—].{0,200})?"
        ),
        example="Read more: Council extends the curfew",
    ),
    Rule(
        "see_also",
        "related",
        "line",
        _r(
            r"related\s*(?:articles?|posts?|stories|story|news|coverage|content|topics?|reading|(?:internet )?links?)?"
            r"\s*(?:[:»›>|\-–—].{0,200})?"
        ),
        example="Related: Minister resigns over budget row",
    ),
    Rule(
        "see_also",
        "related-block",
        "cut",
        _r(
            r"(?:related|more|recommended|similar)\s+(?:articles|posts|stories|reading)"
            r"|more (?:stories|articles) from [^.!?]{1,60}|you (?:may|might) (?:also )?(?:like|enjoy"
            r"|be interested in)[^.!?]{0,80}|(?:most (?:read|popular|viewed|shared)|trending now"
            r"|recommended for you|read next|what to read next)"
        ),
        example="Related Posts",
    ),
    Rule(
        "see_also",
        "click-here",
        "line",
        _r(r"click here\b.{0,160}"),
        example="Click here to read the full statement",
    ),
    # ---- photo and image credits and captions
    Rule(
        "credit",
        "credit-line",
        "line",
        _r(
            r"(?:photo|image|picture|photograph|video|map|graphic|illustration|header image|"
            r"featured image|top image|cover image)s?\s*(?:credit|courtesy|source|by)?s?\s*[:\-–—]\s*.{1,150}"
            r"|(?:photo|image|picture)s?\s+(?:by|courtesy of)\s+.{1,100}|credits?\s*:\s*.{1,100}"
            r"|.{0,100}\bgetty\s+images\.?|file\s+(?:photo|picture|image)\.?"
        ),
        hints=(
            "photo",
            "image",
            "picture",
            "video",
            "map",
            "graphic",
            "illustration",
            "credit",
            "getty",
            "file",
        ),
        example="Image credit: Jane Roe",
    ),
    Rule(
        "caption",
        "caption-with-credit",
        "line",
        _r(
            r".{0,400}?(?:photo|image|picture|photograph|video|map|graphic|illustration)s?\s*"
            r"(?:credit|courtesy|source)s?\s*[:\-–—]\s*[^.!?\n]{1,80}"
        ),
        max_len=500,
        hints=("credit", "courtesy", "source"),
        example="Delegates leave the hall after the vote. Photo credit: Jane Roe",
    ),
    Rule(
        "caption",
        "caption-agency-photographer",
        "line",
        _r(
            r".{0,400}?\b" + _AGENCY_CAPS + r"\s*/\s*[A-Z][\w.'’ \-]{1,60}(?:/\s*(?:File|Handout)"
            r"(?: Photo)?)?\.?",
            case=True,
        ),
        max_len=500,
        hints=("/",),
        example="FILE PHOTO: The mayor speaks at the town hall. REUTERS/Jane Roe",
    ),
    Rule(
        "caption",
        "caption-parenthesised-credit",
        "line",
        _r(
            r".{0,400}?[(\[](?:photo|image|picture|file(?: photo)?|credit)s?\s*(?:credit)?\s*[:\-–—]"
            r"[^()\[\]]{1,80}[)\]]\.?|.{0,400}?\((?:getty images|(?:" + _AGENCY_ANY + r")"
            r"\s+(?:photo|images?|file photo)|(?:file )?photo)\)\.?"
        ),
        max_len=500,
        hints=("(", "["),
        example="Rebel fighters enter Mosul on Friday (Photo: Reuters)",
    ),
    Rule(
        "caption",
        "file-photo",
        "line",
        _r(r"file\s+(?:photo|picture|image)\s*[:\-–—].{1,400}"),
        max_len=500,
        hints=("file",),
        example="FILE PHOTO: A view of Kabul's old city",
    ),
    Rule(
        "credit",
        "inline-credit",
        "inline",
        _r(
            r"[(\[](?:photo|image|picture|file(?: photo)?|credit)s?\s*(?:credit)?\s*[:\-–—]"
            r"[^()\[\]]{1,80}[)\]]|\((?:(?:getty|" + _AGENCY_ANY + r")"
            r"\s+(?:photo|images?|file photo)|getty images|file photo|photo)\)"
        ),
        hints=("photo", "image", "picture", "file", "credit"),
        example="(Reuters Photo)",
    ),
    # ---- share bars, social and footers
    Rule(
        "share",
        "share-line",
        "line",
        _r(
            r"share(?:\s+(?:this|on|via|the article|article|story|post)\b.{0,60}|\s*:)?"
            r"|share(?: this)?(?: with| on| via)?(?:\s*[|•·,/:]?\s*"
            + _SOCIAL
            + r"){1,14}(?:\s*copy this link)?"
            r"|(?:" + _SOCIAL + r")(?:\s*[|•·,/:]?\s*" + _SOCIAL + r"){1,12}"
            r"|like this:?|like loading\W*|click to (?:share|email|print|tweet)\b.{0,80}"
            r"|(?:follow|find|join) us on\s+.{1,100}|(?:join|follow) our\s+\w+\s+(?:channel|page|group).{0,80}"
            r"|(?:download|get) (?:our|the) (?:free )?app\b.{0,80}|get short url[\d\s]*"
        ),
        example="Share this:",
    ),
    Rule(
        "share",
        "share-bar-inline",
        "inline",
        _r(
            r"\bshare this with(?:\s+(?:e-?mail|facebook|messenger|twitter|pinterest|whatsapp|linkedin|reddit|telegram"
            r"|copy this link)\b){2,14}"
        ),
        hints=("share this with",),
        example="Share this with Email Facebook Messenger Twitter Pinterest WhatsApp LinkedIn Copy this link",
    ),
    # A view counter is one or two numbers ("0 67"), zeros after them ("0 0 0"): a third number
    # other than 0 is the story's first word ("Get short URL 0 85 12 militants were ...")
    Rule(
        "share",
        "short-url",
        "head",
        _r(r"get short url(?:\s*\d+){0,2}(?:\s+0\b)*"),
        example="Get short URL 0 67 ",
    ),
    # a topic label with its article count opening the text ("Topic Floods in the Delta (61) 0
    # 25"): its count would be read as a year; the view counter after it as in "short-url"
    Rule(
        "see_also",
        "topic-counter",
        "head",
        _r(r"Topic\s+[A-Z][^.!?()\n]{0,150}?\(\d+\)(?:\s*\d+){0,2}(?:\s+0\b)*", case=True),
        example="Topic Floods in the Delta (61) 0 25 ",
    ),
    Rule(
        "footer",
        "copyright",
        "line",
        _r(
            r"(?:©|\(c\)\s*(?:\d{4}|[A-Z])|copyright\s*(?:©|\(c\)|\d{4})).{0,200}"
            r"|.{0,150}\ball rights reserved\b.{0,150}"
        ),
        max_len=300,
        hints=("©", "(c)", "copyright", "rights reserved"),
        example="© 2024 Harbour Gazette. All rights reserved.",
    ),
    Rule(
        "footer",
        "cookies",
        "line",
        _r(
            r".{0,150}\b(?:we|this (?:web)?site|our (?:web)?site)\s+uses?\s+cookies\b.{0,300}"
            r"|.{0,100}\bby (?:continuing|using)\b.{0,60}\b(?:site|website)\b.{0,60}\b(?:agree|accept|consent)"
            r".{0,200}|(?:accept|reject|manage)\s+(?:all\s+)?cookies.{0,80}|cookie (?:policy|settings)\W*"
        ),
        max_len=450,
        hints=("cookie", "site"),
        example="This website uses cookies to improve your experience.",
    ),
    Rule(
        "footer",
        "reuters-standards",
        "line",
        _r(r"our standards\s*:\s*the thomson reuters trust principles\.?"),
        example="Our Standards: The Thomson Reuters Trust Principles.",
    ),
    Rule(
        "footer",
        "reuters-standards-tail",
        "tail",
        _r(r"our standards\s*:\s*the thomson reuters trust principles\.?\s*$"),
        example="... Our Standards:The Thomson Reuters Trust Principles.",
    ),
    Rule(
        "footer",
        "tags",
        "line",
        _r(r"(?:tags?|topics?|filed under|categor(?:y|ies)|keywords)\s*:\s*.{1,300}"),
        max_len=320,
        example="Tags: Syria, Iran, Turkey",
    ),
    Rule(
        "comments",
        "sputnik-footer-tail",
        "tail",
        _r(
            r"(?:(?<=[.!?”\"’)])\s*(?:\.\.\.\s*\d*\s*)?(?:(?:topic|tags)\b[^.!?]{0,300}?)?)?"
            r"community standards\s*discussion.{0,120}$"
        ),
        example="... Tags Sudan Darfur Community standardsDiscussion Comment via FacebookComment via"
        " Sputnik News",
    ),
    Rule(
        "share",
        "share-words-tail",
        "tail",
        _r(
            r"(?<=[.!?”\"’)])\s*(?:twitter|facebook|whatsapp|telegram|share|print|e-?mail)"
            r"(?:\s*[|,]?\s*(?:twitter|facebook|whatsapp|telegram|share|print|e-?mail))*\s*$"
        ),
        example="... (Source: Syrian Coalition) Twitter",
    ),
    # ---- bylines and agency production notes (names of journalists, not article content)
    Rule(
        "byline",
        "reporting-by",
        "line",
        _r(
            r"\(?"
            + _CREDIT_BY
            + r"\s+[A-Z][^;()]{0,150}(?:;\s*"
            + _CREDIT_BY
            + r"\s+[A-Z][^;()]{0,150})*"
            r"\)?\.?",
            case=True,
        ),
        max_len=350,
        example="Reporting by Parisa Hafezi; Editing by William Maclean",
    ),
    Rule(
        "byline",
        "reporting-by-tail",
        "tail",
        _r(
            r"(?<=[.!?”\"’)])\s*\(?(?:additional )?(?:reporting|writing|editing) by (?-i:[A-Z])[^.()\n]{0,200}?"
            r"(?:;\s*(?:additional reporting|writing|editing)(?: and \w+)? by [^.;()\n]{1,120})*\)?\.?\s*$"
        ),
        example="... Reporting by Oliver Holmes; Editing by John Stonestreet",
    ),
    Rule(
        "byline",
        "by-author",
        "line",
        _r(
            r"(?:By|BY|Written by|Author:?)\s+"
            + _NAME
            + r"(?:\s*(?:,|and|&)\s*"
            + _NAME
            + r"){0,3}"
            r"(?:\s*[|,\-–—]\s*(?:[A-Z][\w.'’\-]*\s*){1,6})?",
            case=True,
        ),
        max_len=120,
        example="By Parisa Hafezi and Jonathan Landay",
    ),
    Rule(
        "ad",
        "advertisement",
        "line",
        _r(
            r"(?:advertisement|advertising|sponsored(?: content)?|ad|story continues below(?: advertisement)?"
            r"|scroll to continue(?: reading)?|article continues (?:below|after (?:the )?advertisement))\W*"
        ),
        example="ADVERTISEMENT",
    ),
    # ---- page furniture: words of the page's widgets that survive text extraction, as a line
    # of their own or, in texts flattened to one line, between two sentences
    Rule(
        "ad",
        "continue-reading-main-story",
        "inline",
        _r(
            r"(?:\badvertisement\s+)?\bcontinue reading the main story\b"
            r"|\b(?:story|article) continues below(?: (?:this )?advertisement)?\b"
            r"|\bscroll (?:down )?to continue (?:reading|with content)\b"
        ),
        hints=("continue",),
        example="Advertisement Continue reading the main story",
    ),
    Rule(
        "caption",
        "caption-widget",
        "inline",
        _r(
            r"\b(?:hide|toggle|show|expand|close) caption\b|\benlarge this image\b"
            r"|\bmedia playback is unsupported on your device\b"
        ),
        hints=("caption", "enlarge this image", "media playback"),
        example="Hide Caption",
    ),
    Rule(
        "caption",
        "image-copyright-line",
        "line",
        _r(r"(?:image|media|video) (?:copyright|caption)\b.{0,300}"),
        max_len=350,
        example="Image copyright Reuters Image caption Crowds gathered outside the embassy",
    ),
    Rule(
        "credit",
        "image-copyright",
        "inline",
        _r(
            r"\b(?:image|media|video) copyright\s+[^.!?\n]{1,80}?(?=\s+(?:image|media|video) caption\b"
            r"|\s*$)|\b(?:image|media|video) caption\b:?"
        ),
        hints=("copyright", "caption"),
        example="Image copyright Getty Images Image caption",
    ),
    Rule(
        "caption",
        "gallery-counter",
        "line",
        _r(
            r"(?:(?:photo|image|picture|slide|gallery|video)s?\s*)?(?:no\.?\s*)?\(?\d{1,3}\s*(?:of|/)"
            r"\s*\d{1,3}\)?(?:\s*(?:photos?|images?|pictures?|slides?))?\W*"
            r"|(?:next|previous|prev)(?: (?:photo|image|slide|picture))?\W*"
        ),
        max_len=40,
        example="Photo 3/10",
    ),
    Rule(
        "caption",
        "gallery-counter-inline",
        "inline",
        _r(
            r"\b(?:photo|image|picture|slide)s?\s+\d{1,3}\s*(?:of|/)\s*\d{1,3}\b"
            r"|(?<!\w)\(\d{1,3}\s*/\s*\d{1,3}\)(?!\w)"
        ),
        hints=("photo", "image", "picture", "slide", "/"),
        example="Photo 3 of 22",
    ),
    # ---- the publisher's own prompts inside a text flattened to one line: a bulleted segment
    # that sends the reader elsewhere ("• Join the debate – email letters@...", "• Read more
    # letters – click here to visit ..."), a sign-up or a write-to-us invitation, a book offer
    Rule(
        "see_also",
        "bulleted-prompt",
        "inline",
        _r(
            r"•\s*(?=[^•\n]{0,200}?(?:\bclick here\b|\bread more\b|\bjoin the (?:debate|conversation|discussion)\b"
            r"|[\w.+-]+@[\w-]+(?:\.[\w-]+)+))[^•\n]{1,300}?(?=\s*•|\s*\n|\s*\Z)"
        ),
        hints=("•",),
        example="• Join the debate – email letters@harbourgazette.example",
    ),
    Rule(
        "byline",
        "as-told-to",
        "inline",
        _r(r"•\s*as told to\s+(?-i:[A-Z])[\w.'’\- ]{1,60}\.?"),
        hints=("•",),
        example="• As told to Jane Roe.",
    ),
    Rule(
        "subscribe",
        "sign-up-inline",
        "inline",
        _r(
            r"(?:don[’']t forget,?\s+)?you can (?:now )?(?:sign up|subscribe|register) (?:to|for) our\b[^.!?\n]{1,160}[.!]"
        ),
        hints=("you can",),
        example="Don't forget, you can sign up to our morning briefing for the day's top stories.",
    ),
    Rule(
        "subscribe",
        "sign-up-channel-inline",
        "inline",
        _r(
            r"(?:never miss a story again\W*)?\bsign up (?:to|for) our \w+ (?:channel|newsletter|feed)\b[^.!?\n]{0,80}[.!]"
        ),
        hints=("sign up",),
        example="Never miss a story again sign up to our Telegram channel and well keep you up to speed!",
    ),
    Rule(
        "subscribe",
        "write-to-us",
        "inline",
        _r(
            r"(?:•\s*)?(?:what else should we (?:cover|write about)|do you have (?:an?|any) [\w ]{1,40}? to share)\?"
            r"\s*(?:e-?mail|write to|contact)(?: us)?(?: at)?\s+[\w.+-]+@[\w-]+(?:\.[\w-]+)+"
        ),
        hints=("@",),
        example="Do you have a story to share? Email stories@harbourgazette.example",
    ),
    Rule(
        "ad",
        "book-offer",
        "inline",
        _r(
            r"\bto order a copy\b[^\n•]{0,200}?\b(?:go to|visit|call)\b[^\n•]{0,80}?[\w/)]\.(?=\s|$)"
            r"(?:\s*[^\n•.]{0,60}\bp&(?:amp;)?p\b[^\n•]{0,60}?(?:\.\d\d)?\.)*"
        ),
        hints=("to order a copy",),
        example="To order a copy for £9.99 go to shop.example.com or call 0100 000 000. Free UK p&p over £10.",
    ),
    # ---- page furniture of texts flattened to one line (issue: leftover furniture became events on
    # scraped news): a keyword list after "Tags", a related-headlines list at the end, a print and
    # tweet bar, an embedded video's title, a time stamp, a trailing signature
    Rule(
        "footer",
        "tags-run",
        "inline",
        _r(
            r"\bTags\s+"
            + _TAG_WORD
            + r"(?:\s+"
            + _TAG_WORD
            + r"){0,29}?(?=\s+"
            + _STARTER
            + r"\s)",
            case=True,
        ),
        hints=("tags",),
        example="Tags Syria Idlib airstrike The strike hit a market",
    ),
    Rule(
        "footer",
        "tags-line",
        "line",
        _r(r"Tags\s+" + _TAG_WORD + r"(?:\s+" + _TAG_WORD + r"){0,39}", case=True),
        example="Tags Syria Idlib airstrike",
    ),
    Rule(
        "footer",
        "tags-tail",
        "tail",
        _r(
            r"(?:\.\.\.(?:\s+\d+)*\s+)?\bTags\s+"
            + _TAG_WORD
            + r"(?:\s+"
            + _TAG_WORD
            + r"){0,39}\s*$",
            case=True,
        ),
        example="... 0 0 Tags chemical weapons Damascus",
    ),
    Rule(
        "see_also",
        "related-tail",
        "tail",
        _r(
            r"(?<=[.!?”\"’)])\s*(?:\.\.\.(?:\s+\d+)*\s+)?(?:Topic\s[^.!?]{1,200}?\(\d+\)\s+)?"
            r"Related(?: News| Stories| Articles| Coverage| Content| Posts)?\s+[A-Z0-9][^.!?]{20,3000}$"
            r"|(?<=[.!?”\"’)\w])\s+Related(?: News| Stories| Articles| Coverage| Content| Posts)?\s"
            r".{1,4000}\b(?i:privacy policy|cookie policy|terms of use|terms and conditions|contact us)\W*$",
            case=True,
        ),
        example="... the monitor said. Related Army Retakes Two Villages Near Hama Tags Syria Hama",
    ),
    # a navigation trail flattened into the text ("Home > World > Middle East > Syria > ",
    # "Iran - Live News - Middle East - News - "): four or more short capitalised sections each
    # closed by the same separator; the first is one word (a caption's name may come before it)
    Rule(
        "see_also",
        "breadcrumb-trail",
        "inline",
        _r(
            r"(?<![\w'’&-])[A-Z][\w'’&]*(?P<sep>\s[-–|>»›]\s)"
            r"(?:[A-Z][\w'’&]*(?:\s[A-Z][\w'’&]*){0,2}(?:(?P=sep)|\s[-–|>»›]$)){3,}",
            case=True,
        ),
        example="Home > World > Middle East > Syria > ",
    ),
    Rule(
        "share",
        "print-tweet-bar",
        "inline",
        _r(
            r"\b(?:Print|Share|E-?mail)\s+(?:Tweet|Print|Share)\b(?:\s+Views\s+\d[\d,]*)?"
            r"(?:\s+Related\s+[^.!?]{1,600}?(?=\s" + _STARTER + r"\s))?",
            case=True,
        ),
        hints=("tweet", "print", "share"),
        example="Print Tweet Views 458",
    ),
    Rule(
        "credit",
        "agency-photographer-inline",
        "inline",
        _r(
            r"\b" + _AGENCY_CAPS + r"\s*/\s*"
            r"(?:(?:Stringer|Handout|File|Staff|Pool)\b|(?!" + _STARTER + r")[A-Z][\w.'’-]+"
            r"(?:\s+(?!" + _STARTER + r")[A-Z][\w'’-]+)?)",
            case=True,
        ),
        hints=("/",),
        example="A man walks past a damaged building in the old city May 2 2016. REUTERS/Jane Roe",
    ),
    Rule(
        "credit",
        "agency-photo-credit-inline",
        "inline",
        _r(r"(?:(?<=[.!?”\"’)]\s)|^)" + _PHOTO_CREDIT, case=True),
        hints=tuple(sorted({n.lower() for n in agency_names()})),
        example="... struck the town on Sunday. AP Photo Jane Roe Army Retakes Two Villages",
    ),
    Rule(
        "credit",
        "agency-photo-credit-head",
        "head",
        _r(_PHOTO_CREDIT, case=True),
        example="REUTERS Jane Roe ",
    ),
    Rule(
        "credit",
        "and-agencies",
        "inline",
        _r(r"\((?:(?:[A-Z][\w.’'-]*\s+){1,4}and\s+)?(?i:agencies)\)", case=True),
        hints=("agencies)",),
        example="(Harbour TV and Agencies)",
    ),
    Rule(
        "caption",
        "slideshow-counter",
        "inline",
        _r(r"\b(?:slideshow|gallery|photos)\s*\(\d{1,3}\s+(?:images?|photos?|pictures?)\)"),
        hints=("(",),
        example="Slideshow (3 Images)",
    ),
    Rule(
        "caption",
        "embedded-video-title",
        "inline",
        _r(r"(?:(?<=[.!?”\"’]\s)|^)[^.!?\n]{1,160}?\s[-–|]\s*YouTube\b(?=\s+(?-i:[A-Z\"“])|\s*$)"),
        hints=("youtube",),
        example="Strikes hit the old city - YouTube",
    ),
    Rule(
        "dateline",
        "last-updated",
        "inline",
        _r(
            r"(?:^|(?<=[.!?”\"’)]\s))(?-i:Last) (?:updated?|modified)(?: at| on)?\s*:?\s*(?:"
            + _WEEKDAY
            + r",?\s+)?"
            r"(?:\d{1,2}\s+" + _MONTH + r"\.?,?\s*\d{4}|" + _MONTH + r"\.?\s*\d{1,2},?\s*\d{4})"
            r"(?:\s+(?:[A-Z]{2,4}\s+)?\d{1,2}:\d{2}(?:\s*[-–]\s*GMT\s+\d{1,2}:\d{2})?)?(?:\s+\d+\s*$)?"
            r"(?=\s+(?-i:[A-Z0-9\"“])|\s*$)"
        ),
        hints=("last update", "last modified"),
        example="Last Update: Saturday 7 October 2017 KSA 16:06 - GMT 13:06",
    ),
    Rule(
        "dateline",
        "time-stamp-head",
        "head",
        _r(r"\d{1,2}:?\d{2}\s+(?:UTC|GMT)(?:\s*[+-]\s*\d{1,2})?(?=\s)", case=True),
        example="1849 UTC+3 ",
    ),
    Rule(
        "byline",
        "leading-names",
        "head",
        _r(
            r"(?:[A-Z][a-z’'-]+|Al-[A-Z][a-z’'-]+)(?:\s+(?:(?:al|el|bin|de|van|von)\s+)?"
            r"(?:[A-Z][a-z’'-]+|Al-[A-Z][a-z’'-]+)){1,5}(?<=[A-Za-z’'-]{5})(?<!Assoc|Admin|Comdr)\.(?=\s+[A-Z\"“])",
            case=True,
        ),
        example="Jane Roe Jonathan Doewell. ",
    ),
    Rule(
        "dateline",
        "section-date-stamp",
        "head",
        _r(
            r"(?:[A-Z][\w-]*\s+){1,5}(?:\d{1,2}[-./]\d{1,2}[-./]\d{4}\s+\d{1,2}:?\d{2}\s*[AP]M"
            r"|\d{1,2}:?\d{2}\s+\d{1,2}[-./]\d{1,2}[-./]\d{4})(?=\s|[A-Z])",
            case=True,
        ),
        example="World Middle East 07-08-2013 0147 PM ",
    ),
    Rule(
        "byline",
        "lower-by-names",
        "head",
        _r(
            r"by\s+(?:[A-Z][\w’'-]*|and|&)(?:\s+(?:[A-Z][\w’'-]*|and|&)){0,7}?"
            r"(?=\s+(?:" + _STARTER + r"|\d|[\"“]))",
            case=True,
        ),
        example="by Jane Roe and John Doe At least ",
    ),
    Rule(
        "see_also",
        "read-also-tail",
        "tail",
        _r(r"(?<=[.!?”\"’)])\s*(?:(?:read|see)\s+)?(?:also|more)(?:\s+read)?\s*$"),
        example="... war crimes investigations. Read Also",
    ),
    Rule(
        "byline",
        "signature-tail",
        "tail",
        _r(
            r"(?<=[.!?”\"’])\s+(?!(?i:" + _AGENCY_ANY + r"|also)\s*$|Source\b)"
            r"(?:"
            + _NAME2
            + r"(?:\s*/\s*"
            + _NAME2
            + r")?|[A-Z][a-z’'-]+(?:\s*/\s*[A-Z][a-z’'-]+)+"
            r"|[A-Z]{2,8}(?:\s+\d{1,4})?)\s*$",
            case=True,
        ),
        example="... was killed in the shelling. Jane Roe/ John Doe",
    ),
    # ---- wire service codes of raw newswire feeds (ANPA/LDC: AP, NYT, Xinhua in TimeBank's
    # texts): transmission and slug lines, editors' notes, indexing profiles. Their words
    # ("BC", "PROFILE", "REG") are no names.
    Rule(
        "wire_code",
        "wire-transmission",
        "line",
        _r(r"[a-z]\d{4}\s+(?:&(?:amp;)?)?Cx1f;?.{0,60}"),
        max_len=80,
        example="w2213 &amp;Cx1f; wstm-",
        hints=("cx1f",),
    ),
    Rule(
        "wire_code",
        "wire-slug",
        "line",
        _r(
            r"(?:[a-z]\s+[a-z]\s+)?(?:&(?:amp;)?Cx1\d;?\s+)*BC-[\w'$.-]+(?:\s+[\w$][\w'$-]*){0,3}"
            r"(?:,?\s*\d+(?:st|nd|rd|th)\s*Ld(?:-Writethru)?)?(?:,\d{3,4})?(?:\s+&(?:amp;)?LR;)?"
            r"(?:\s+\d{2}-\d{2}\s+\d{4})?",
            case=True,
        ),
        max_len=150,
        example="u i &amp;Cx13;  &amp;Cx11;  BC-Kenya-EmbassyBombings 2ndLd   08-08 0257",
        hints=("bc-",),
    ),
    Rule(
        "wire_code",
        "wire-profile",
        "line",
        _r(r"\(PROFILE \(WS SL:.*", case=True),
        max_len=400,
        example="(PROFILE (WS SL:BC-Kenya-Embassy Bombings; CT:i; (REG:EURO;) (REG:BRIT;)",
        hints=("(profile (ws",),
    ),
    Rule(
        "wire_code",
        "wire-notes",
        "line",
        _r(
            r"&(?:amp;)?UR;.*&(?:amp;)?Q[LC];.*|NYT-\d{2}-\d{2}-\d{2}\s+\d{4}E[SD]T\s*&(?:amp;)?QL;"
            r"|&(?:amp;)?HT;.*"
        ),
        max_len=600,
        example="&amp;UR; Eds: UPDATES with explosion near U.S. Embassy in Tanzania. &amp;QL;",
        hints=("ur;", "ql;", "ht;"),
    ),
    Rule(
        "wire_code",
        "wire-wsj-header",
        "line",
        _r(
            r"WSJ\d{6}-\d{4} = \d{6} \d{6}-\d{4}\."
            r"|.{0,250}\b\d{2}/\d{2}/\d{2} WALL STREET JOURNAL \(J\).*",
            case=True,
        ),
        max_len=600,
        example="Montedison Bid for Erbamont 11/02/89 WALL STREET JOURNAL (J) MNT ERB NEW YORK",
        hints=("wsj", "wall street journal (j)"),
    ),
    # ---- stray glyphs from scraping
    Rule(
        "glyph",
        "glyph-line",
        "line",
        _r(r"[^\w\s]{1,12}(?:\s+[^\w\s]{1,12}){0,8}"),
        example="* * *",
    ),
    # Quote marks and backticks that close nothing: a run of them after a space at the end of a
    # line, or closing marks and backticks opening one (prose closes a quote right after a word
    # or a stop, and never opens a line with a closing mark).
    Rule(
        "glyph",
        "stray-quote-end",
        "inline",
        _r(r"(?<=\s)[`´“”\"'‘’«»]{1,4}\s*+$"),
        example="A headline ”`",
    ),
    Rule("glyph", "stray-quote-start", "inline", _r(r"^[`´”»]+\s*"), example="´A headline"),
)


@cache
def rules(where: str) -> tuple[Rule, ...]:
    """The rules of one ``where``, in table order (``RULES`` never changes: computed once)."""
    return tuple(r for r in RULES if r.where == where)
