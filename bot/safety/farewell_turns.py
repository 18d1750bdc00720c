"""A farewell-shaped turn after a crisis earlier in the same conversation (safe47, issue 12 round 39).

"谢谢你 再见了", "ok bye", "thanks. I'm going now" said right after a crisis reply (the hook in bot.continuity; a
goodbye after a later loan turn stays a goodbye with the check-in line, as test_safety_probe12 holds) may be the last thing a person in
danger says: the crisis reply again (12356 first), not a plain goodbye. Only right after the crisis reply did the
session read a goodbye so (bot.continuity); a thanks-and-leaving turn ("thanks. I'm going now") was read as thanks.

A turn that asks about the loan ("ok thanks, how do I apply for installments") or tells that the writer is well now
("我现在没事了 谢谢 再见") is no such farewell: the loan is answered, and the check-in line keeps 12356 in view.

``feels_better`` (conv53) reads that telling: "谢谢 我好多了 再见", "thanks, I feel a bit better now, bye", "多謝 我好返啲
喇". A careful counsellor answers it with a short warm goodbye that still gives 12356 and 110/120 (the crisis topic's
short ``again`` reply, bot.continuity), not the whole crisis reply again. "Better" must be said; said with an end in
view or with a sneer ("呵呵 好多了 反正马上就都结束了", "oh sure, so much better now. bye forever", "better soon, it'll
all be over") it is no better at all, and the whole crisis reply stays. The exception only ever takes the SHORT
reply away (back to the whole one), so it may read the whole short turn.
"""

from __future__ import annotations

import re

from ..patterns import regex

# Leaving, said anywhere in a short turn: bye, goodbye, I'm going now, 再见(了), 拜拜, 我走了, 永别.
_LEAVING = regex(r"再见|拜拜|我(?:先)?走了|走了啊|永别|再会|别了|\b(?:bye|goodbye|good bye|farewell|see you|im going now|i m going now"
                 r"|i am going now|im off now|im leaving now|gotta go|im going|going now)\b")
# Well now, or a loan matter asked: the turn is no farewell of a person in danger.
_WELL_OR_LOAN = regex(r"没事了|好多了|好点了|好些了|缓过来|想通了|冷静了|借呗|花呗|逾期|分期|还款|征信|催收|利息"
                      r"|\b(?:(?:im|i am|i m|feeling|feel) (?:ok|okay|fine|better|alright|all right)(?: now)?|jiebei|huabei|loan|installments?"
                      r"|repay\w*|credit|interest|collectors?|see you tomorrow|talk tomorrow)\b|明天(?:再)?(?:聊|问|见)")
# Feeling better, said by the writer of themselves (not "better off", not "better than nothing").
_BETTER = regex(r"好(?:多|点|些|一点|一些|一点点)了|好了(?:好多|很多|少少|一点|一些|些)|好受(?:多|点|些|一点|一些)?了|舒服(?:多|点|些|一点)?了|(?:心里|感觉|人)(?:好受|舒服|轻松)(?:多|点|些|一点)?了?"
                r"|没(?:什么)?事(?:了|喇|啦|咯|嘞)|好返|好番|缓过来|平静(?:多|点|些)了|冷静(?:多|点|些|下来)了|想开了|轻松(?:多|点|些|一点)了"
                # ("ok", "fine" only felt or now: "i'm fine" alone may wave help away)
                r"|\b(?:(?:i|im|i m|i am|feel|feeling|felt|am|doing)(?: \w+)? (?:(?:a |so )?(?:little|lot|bit|tad)(?: bit)? |much |so much |way |slightly |already |now )?"
                r"(?:better|calmer)(?! off| than)|better now|much better|calmer now|(?:feel|feeling|felt)(?: \w+)? (?:ok|okay|fine|alright|all right)"
                r"|(?:im|i m|i am) (?:ok|okay|fine|alright|all right) now)\b")
# Not better after all: negated, or said with an end in view, or a sneer.
_NOT_BETTER = regex(r"没(?:有)?(?:好|缓|舒服|轻松)|不(?:太|怎么|见|会)?好(?!多|点|些|受)|并不|一点(?:也|都)不|结束|解脱|了断|了结|不用再|再也不|马上就|很快就|永别|最后|下辈子"
                    r"|以后|不会再|过去了|呵呵|哈哈|反正|终于|不痛了|安静了|走了|去了|跳|死|药|想通|决定|想好|准备好|安排好|打算|不用还"
                    # (better only perhaps is not said: "好点了吧 也许", "better i guess")
                    r"|也许|或许|可能|大概|应该吧|\b(?:maybe|i guess|probably|kinda|sort of|i think)\b"
                    r"|\b(?:not|never|dont|don t|didnt|isnt|no|nothing|aint)\b(?: \w+){0,3} (?:better|ok|okay|fine|alright)"
                    r"|\b(?:over|soon|forever|matter|anymore|no longer|for good|last|final|(?:oh|yeah|yea|ya) (?:sure|right)|sure sure|free|peace|end\w*|gone|here"
                    r"|(?:wont|won t|will not|not) be (?:here|around)|lol|haha|lmao|jump\w*|die|dead|kill\w*|pills|goodbye forever|decid\w*|decision|made up my mind"
                    r"|(?:have|got|made|make|my|the) (?:a )?plan|planned|planning to|ready|joking|kidding|jk|know what (?:i|to) (?:have to |need to |must |should )?do)\b|开玩笑|玩笑|说笑|讲笑|知道(?:该|要)?怎么做")
# A loan matter or a question beside "better": the turn is answered as itself ("i'm ok now, how do i apply for an
# installment plan"), as the loan question after "I'm ok now" always was (safe47).
_LOAN_OR_ASKED = regex(r"借呗|花呗|逾期|分期|延期|还款|还钱|征信|催收|利息|罚息|[?？]|\b(?:jiebei|huabei|loan|installments?|instalments?|repay\w*"
                       r"|credit|interest|collectors?|extension|grace period|late fee|penalt\w*|payments?|how|what|when|where|why|which"
                       r"|(?:can|could|do|does|should|will|would|is|are) (?:i|you|they|it|we))\b")
MAX_FAREWELL = 40  # characters: a longer turn tells something of its own and is read as itself
MAX_BETTER_MORE = 140  # characters: "better" said with more, right after a crisis reply, keeps the whole reply (mend66)


def farewell_turn(folded: str) -> bool:
    """Whether a short turn (as bot.text.simplified_words gives it) takes leave, with no loan matter and no
    word of being well now (see the module doc). The caller checks that the conversation had a crisis reply."""
    text = folded.strip()
    return 0 < len(text) <= MAX_FAREWELL and bool(_LEAVING.search(text)) and not _WELL_OR_LOAN.search(text)


# The only words a turn may hold for the short "glad you feel better" reply (mend66, review76 #1): feeling better, thanks,
# goodbye, and a bare "ok"/"嗯" or a sentence particle, in any order. An ALLOW-LIST: any other word ("sleep for a long
# time", "taken care of", "tonight", 信, 密码, 对不起, 了了, 很远的地方, 不用担心我, 包括我, ...) keeps the whole crisis reply.
_BETTER_ONLY = (r"(?:我|人|心里|感觉|现在|已经|真的|真系|其实)*(?:好(?:多|点|些|一点|一些|返|番|咗)|好了(?:好多|很多|少少|一点|一些|些)|没(?:什么)?事|舒服(?:多|点|些)|好受(?:多|点|些)"
                r"|冷静(?:多|点|些|下来)|平静(?:多|点|些)|轻松(?:多|点|些))(?:了|喇|啦|咯|嘞|些|啲|少少|好多|很多)*"
                r"|(?:(?:i|im|i m|i am|i feel|im feeling|i m feeling|i am feeling|feeling|feel|doing)\s+)?"
                r"(?:(?:a little|a little bit|a bit|a lot|a tad|much|so much|way|slightly|already|now)\s+)?(?:better|calmer)(?:\s+(?:now|already))?"
                r"|(?:im|i m|i am|i feel|feeling)\s+(?:ok|okay|fine|alright|all right)\s+now")
THANKS_ONLY = r"(?:谢谢|多谢|感谢|唔该)(?:你们|你|您|大家|晒|啦|了|哈)*|thank you(?: so much| very much)?|thanks(?: a lot| so much)?|thx|ty|cheers(?: mate)?"
BYE_ONLY = r"再见(?:了|啦)?|拜拜|拜|晚安|bye(?: bye)?|goodbye|good ?night|night"
_FILLER = r"嗯|好的|好|ok can|ok|okay|ya|yeah|哦|啊|呀|喔|lah|leh|liao|lor|la"  # (Singlish particles say nothing more)
_PIECE = regex(rf"(?:{_BETTER_ONLY})|(?:{THANKS_ONLY})|(?:{BYE_ONLY})|(?:{_FILLER})")
_GAP = regex(r"[\s,.!~，。！、…:：;；'’\-]*")
_BETTER_PIECE = regex(rf"(?:{_BETTER_ONLY})")


def only_pieces(text: str, piece_re: "re.Pattern[str]", needed: "re.Pattern[str]") -> bool:
    """Whether ``text`` (folded) is nothing but pieces ``piece_re`` matches, between spaces or punctuation, with at
    least one piece that ``needed`` matches whole (an allow-list: any other word makes it False)."""
    pos, found = 0, False
    while True:
        pos = _GAP.match(text, pos).end()  # type: ignore[union-attr]  # (the gap pattern always matches)
        if pos == len(text):
            return found
        piece = piece_re.match(text, pos)
        if not piece or not piece.group():
            return False
        end = piece.end()
        if end < len(text) and text[end - 1].isascii() and text[end - 1].isalpha() and text[end].isascii() and text[end].isalpha():
            return False  # (a piece ends inside an English word: "thanksgiving")
        found = found or bool(needed.fullmatch(piece.group()))
        pos = end


def feels_better(folded: str) -> bool:
    """Whether a short turn (as bot.text.simplified_words gives it) tells ONLY that the writer feels better now, with
    thanks and/or a goodbye at most (an allow-list, mend66: "谢谢 我好多了 再见", "thanks, i feel a bit better now,
    bye"); every other word keeps the whole crisis reply (see the module doc). The caller checks that the crisis reply
    came right before."""
    text = folded.strip()
    return 0 < len(text) <= MAX_FAREWELL + 20 and only_pieces(text, _PIECE, _BETTER_PIECE) and bool(_BETTER.search(text)) \
        and not _NOT_BETTER.search(text)


def better_undercut(folded: str) -> bool:
    """Whether a short turn speaks of feeling better with anything more than thanks or a goodbye (mend66: an allow-list,
    ``feels_better``), or undercuts it (negated, perhaps, with an end in view, a sneer, a joke: "呵呵 好多了 反正明天以后就
    不用还了 拜拜", "好多了 我把银行卡密码发给我老婆了", "feel better now, going to sleep for a long time"): right after a crisis
    reply, the whole crisis reply (conv53, review76 #1). A loan matter or a question beside it is answered as itself."""
    text = folded.strip()  # (a longer turn too: "ok i feel better. i've written everything down for my wife. bye"; mend66)
    return 0 < len(text) <= MAX_BETTER_MORE and bool(_BETTER.search(text)) and not feels_better(text) \
        and not _LOAN_OR_ASKED.search(text)


__all__ = ["MAX_FAREWELL", "THANKS_ONLY", "BYE_ONLY", "better_undercut", "farewell_turn", "feels_better", "only_pieces"]
