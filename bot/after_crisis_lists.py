"""The allow-lists of the short replies after a crisis reply (mend66, review76 of conv53): a turn gets a short form, or
a vague take-up keeps the crisis reply, only when it is NOTHING BUT words on a list; any other word is read as itself
(the whole crisis reply, or its own loan answer). Lists, not blocking phrases: a blocking list always misses a wording
("the one to go", "我们一起走"), and each miss gave a person at risk less than the whole crisis reply."""

from __future__ import annotations

import re

from .patterns import regex
from .safety.farewell_turns import BYE_ONLY, THANKS_ONLY, only_pieces
from .text import simplified_words

# The one helping a relative at risk taking leave or thanking, after the crisis reply spoken to them (safe37): an
# ALLOW-LIST (mend66, review76 #2): thanks, an acknowledgement, a goodbye, going to the person now ("谢谢 我去陪他了", "ok
# thank you, going to call him now"), "what should I do"; nothing else. Any other word keeps the whole reply.
_GO_TO_THEM = (r"(?:我|那我)?(?:现在|马上|立刻|立即|即刻|而家|依家|宜家|这就|先)*(?:就)?(?:去|过去|回去|回家|返家|返屋企|回屋企|返去|赶去|赶过去|打电话给|打给|打电话)(?:陪|找|看|守)?"
               r"(?:他|她|他们|她们|我爸|我妈|爸爸|妈妈|我老公|老公|我老婆|老婆|孩子|我儿子|儿子|我女儿|女儿|我哥|我姐|我弟|我妹|家里)?(?:了|啦|吧)?"
               r"|(?:i ?ll|i will|im|i m|i am|going to|gonna)?\s*(?:go(?:ing)?(?: to| over to| see)?|head(?:ing)?(?: over)?(?: to)?|call(?:ing)?|see(?:ing)?|stay(?:ing)? with)\s*"
               r"(?:him|her|them|my (?:dad|mum|mom|husband|wife|son|daughter|brother|sister|father|mother))?(?:\s+(?:now|right now|right away))?")
_WHAT_TO_DO = r"(?:我|那我)?(?:现在|接下来)?(?:该|要|应该)?(?:怎么做|做什么|怎么办)|(?:so )?what (?:should|do|can) i do(?: now)?"
_HELPER_ACK = r"好的|好吧|好|嗯|嗯嗯|知道了|明白了?|收到|行|先不聊了?|(?:我)?先走了|ok|okay|got it|will do|alright|sure|see you"
_HELPER_PIECE = re.compile(rf"(?:{THANKS_ONLY})|(?:{BYE_ONLY})|(?:{_HELPER_ACK})|(?:{_WHAT_TO_DO})|(?:{_GO_TO_THEM})")
_ANY_PIECE = re.compile(r".+", re.S)
# ...never when they speak of an end or a distress of their own ("谢谢 永别了", "好的 我去陪他 我们一起走", "谢谢 我也好累 再见",
# "ok thanks bye. it's my fault, i should be the one to go", "i'm so tired too"): the WHOLE reply, to them as the writer.
_LAST_WORDS = regex(r"永别|最后|消失|下辈子|不想活|死|我也|一起走|一起去|一起跳|也(?:好|很|太|挺|真)?累|我(?:好|很|太|真的?)?累|我的错|怪我|对不起|撑不住|受不了|活不下去|没意思|没意义"
                    r"|\b(?:forever|for good|last|die|dead|end it|kill\w*|me too|too|tired|my fault|blame|the one to go|sorry|give up|done|no point"
                    r"|disappear\w*|(?:should|must) be the one|the one who should|cant (?:take|go on|do this)|can t (?:take|go on|do this)|with (?:him|her|them) forever|join (?:him|her|them))\b")


def speaks_of_own_end(folded: str) -> bool:
    """Whether a turn (as bot.text.simplified_words gives it) after the crisis reply spoken to someone helping a
    relative speaks of an end or a distress of the writer's own (see _LAST_WORDS)."""
    return bool(_LAST_WORDS.search(folded))


def helper_short(folded: str) -> bool:
    """Whether a turn (folded) is nothing but a helper's thanks, acknowledgement, goodbye, "what should I do" or going
    to the person now: the helper's short reply (see _HELPER_PIECE)."""
    return only_pieces(folded.strip(), _HELPER_PIECE, _ANY_PIECE)


def vague_words(text: str) -> bool:
    """Whether a turn is only a vague take-up on the allow-list ("可能吧", "随便", "maybe", "idk"; see _VAGUE)."""
    return bool(_VAGUE.fullmatch(simplified_words(text)))


def names_dying(text: str) -> bool:
    """Whether a short turn (simplified) names dying ("以前想过死"; see _DEATH)."""
    return len(text) <= MAX_DEATH_TURN and bool(_DEATH.search(text))


# A vague take-up that names no matter of its own: an ALLOW-LIST (mend66, review76 #3; conv53 took any short statement,
# and "我能还一半", "下周发工资", "lawyer letter" lost their loan answers). Closing particles and punctuation aside.
_VAGUE = regex(r"\W*(?:(?:嗯|呃|额|哦|唉|哎)\W*)?(?:可能|也许|或许|大概|随便|不知道|不晓得|不清楚|无所谓|算了|说不定|谁知道|看情况|再说"
               r"|maybe|whatever|idk|dunno|i dont know|i don t know|i do not know|not sure|no idea|who knows|perhaps|i guess|meh|nvm|never ?mind)"
               r"(?:吧|啦|了|呗|咯|吧啦|了吧|呢)*\W*(?:(?:唉|哎|嗯)\W*)?")
# ...and a short statement that names dying ("以前想过死", "thought about dying before"): no loan guess from it either, right
# after a crisis reply (recall kept from conv53's broader rule; not an exception).
_DEATH = regex(r"死|自杀|轻生|不想活|想不开|活不下去|\b(?:die|dying|death|dead|suicide|suicidal|kill myself|end it all)\b", re.IGNORECASE)
MAX_DEATH_TURN = 20  # characters: a longer turn names a matter of its own


__all__ = ["helper_short", "names_dying", "speaks_of_own_end", "vague_words"]
