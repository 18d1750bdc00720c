"""The borrower shown to the people who know them, told as a fact with no threat verb (safe48): the phone number
and "欠钱不还" left as comments under the borrower's own videos, posts or shop listings; the ID card or a photo
sent to a class, alumni, parents' or home-town group. Nobody threatens anything: it has been done. Cue tables
("shaming") read by abuse.py through collectors.py; whether a match is told (not asked, feared, heard, negated)
and is about the debt or the borrower's details is abuse.py's judgement, as for every cue.

A comment about something else ("菜太咸了", "the sauce will kill me"), a reunion photo in the class group and a
lost cat's poster name none of the borrower's details or debt, and do not match.
"""

from __future__ import annotations

from .clauses import any_of

# The borrower's own posts, videos, listings or live streams (where those who follow them look).
_MINE_ZH = r"(我的?|我发的?|我每发|我每次发|我发了?一?条)\S{0,6}(视频|作品|笔记|动态|微博|朋友圈|帖子|直播|评论区|商品|抖音|快手|小红书|视频号|b站|公众号|店铺?|闲鱼)"
# What was left there: the borrower's details or the debt, told as a label.
# (Not the debt as a topic: bare 欠款/还钱 and "问…借钱不还的人怎么办" under a lawyer's or blogger's posts, review69.)
_LABEL_ZH = (r"((我的?|她的?|他的?)\S{0,2}(手机号(码)?|电话(号码)?|号码|身份证|照片|名字|全名|欠款|住址|地址)|欠钱不还|借钱不还|欠债不还|欠钱跑路|老赖|骗子"
             r"|借\S{0,4}不还)(?!的人|的朋友|的人该|怎么|咋办|如何|要怎么|该怎么)")
# The comment is a question or a request for advice, not a label: tempered, the words between never ask.
_NOT_ASKING_ZH = r"((?!问|请教|咨询|求助|怎么|如何).)"
_COMMENTED_ZH = r"(评论|留言|刷屏|刷|回复|弹幕|私信)"
# A group of the people who know the borrower.
_GROUP_ZH = r"(同学|班级|班|校友|家长|业主|家族|亲戚|工作|公司|老乡|小区|村|单位|部门|同事|教会|群聊)\S{0,3}群"
_SENT_ZH = r"(发|贴|晒|转|传|甩)(了|出|到|进)?"
_SHOWN_ZH = r"(身份证|证件照|手持|征信|欠款|借款|欠条|借条|逾期|通缉)"

# Only the debt or the borrower's details said as a label (not "骗子" alone, not a comment on a dish).
_DEBT_LABEL_ZH = r"(我的?|她的?|他的?)\S{0,2}(手机号(码)?|电话(号码)?|身份证|住址)|欠钱不还|借钱不还|欠债不还|欠钱跑路|老赖|借\S{0,4}不还|欠(了)?\S{0,4}[0-9一二三四五六七八九十两几]+\S{0,1}[万千]"
# Where people who pass by read it: a wall, a door, a lift, a board in the village or the building.
_WALL_ZH = r"(墙|黑板|门|电梯|楼道|公告栏|宣传栏|布告栏|电线杆|村委会|祠堂|村口|路口|单元|玻璃|告示栏|橱窗)"
_WRITTEN_ZH = r"(写|贴|喷|刷|涂|挂|印)(了|上|着|满|出)?"
_DETAIL_ZH = r"(我的?|我家)\S{0,4}(名字|全名|照片|相片|身份证|电话|手机号|欠款)"

CUES_ZH = (
    ("shaming", any_of(
        rf"{_MINE_ZH}.{{0,16}}{_COMMENTED_ZH}{_NOT_ASKING_ZH}{{0,16}}({_LABEL_ZH})",
        # under the posts, videos or listings, whoever's they are, strangers leaving the debt as a label
        rf"(作品|视频|帖子|笔记|动态|微博|朋友圈|直播间?|评论区|商品|小红书|抖音|快手)\S{{0,6}}(底下|下面|下边|里)\S{{0,8}}(有人|陌生人|好多人|一堆人|一群人|全是|都是|被人)"
        rf"{_NOT_ASKING_ZH}{{0,16}}({_DEBT_LABEL_ZH})(?!的人|的朋友|怎么|咋办|如何)",
        # on a wall, a door or a board, the borrower's details beside the debt
        rf"{_WALL_ZH}\S{{0,6}}(被人?|有人)?\S{{0,2}}{_WRITTEN_ZH}\S{{0,6}}{_DETAIL_ZH}.{{0,16}}(欠|不还|还钱|老赖|借呗|花呗|债|逾期|骗子)",
        rf"{_GROUP_ZH}.{{0,12}}{_SENT_ZH}\S{{0,4}}(我|她|他)的?\S{{0,6}}{_SHOWN_ZH}",
        rf"(我|她|他)的?\S{{0,6}}{_SHOWN_ZH}\S{{0,8}}(被)?\S{{0,4}}{_SENT_ZH}\S{{0,4}}{_GROUP_ZH}")),
)

_MINE_EN = r"\b(my|i) (\w+ ){0,3}(posts?|videos?|tiktoks?|reels?|photos?|pictures?|stories|channel|page|shop|listings?|live ?streams?|uploads?|status(es)?)\b"
# (Not "my name" or "my face": people comment on those all the time; not "sounds like a scammer": review69.)
_LABEL_EN = (r"\b(my (phone )?number|my ic|my id|owes? money|doesnt pay|does not pay|dont pay|never pays?|(?<!like a )(?<!like an )(debtor|deadbeat|scammer)"
             r"|refuses to pay|runs? away from (her |his |my )?debts?|owes)\b")
_GROUP_EN = (r"\b(alumni|class|classmates|batch|school|church|parents|family|hometown|village|kampung|company|office|estate|neighbou?rhood|condo|church)"
             r" (\w+ ){0,2}(group|chat|page|channel)s?\b")
_ID_EN = r"\b(my|her|his) (\w+ )?(id|ic|id card|identity card|nric|passport|credit report)\b"
# Someone ELSE posting the ID (the writer or their mum sharing it for the tickets is no shaming, review69): a
# collector or stranger, they/someone, or the ID posted with no poster named.
_POSTER_EN = (r"\b(they|theyve|theyd|he|hes|hed|she|shes|shed|someone|somebody|collectors?|agents?|agency|callers?|lenders?|loan sharks?|strangers?"
              r"|(the|that|this|some) (guy|man|woman|lady|people))\b( \w+){0,2} (posted|post|posts|shared|share|sent|send|sends|circulated|spread|blasted|put|leaked|dropped|forwarded|uploaded)\b")
_PASSIVE_EN = r"\b(was|were|got|been|being|is|are|kena) (posted|shared|sent|circulated|spread|blasted|put|leaked|dropped|forwarded|uploaded)\b"

CUES_EN = (
    ("shaming", any_of(
        rf"\b(comment\w*|spamm\w*|flood\w*)\b.{{0,60}}{_LABEL_EN}.{{0,60}}\b(under|on|in|below) (all |every |each )?(of )?{_MINE_EN}",
        rf"{_MINE_EN}.{{0,50}}\b(comments?|commented|commenting)\b.{{0,50}}{_LABEL_EN}",
        rf"{_POSTER_EN}.{{0,30}}{_ID_EN}.{{0,50}}\b(in|to|into|on) (my |our |the |her |his )?(\w+ ){{0,2}}{_GROUP_EN}",
        # (matched from the ID word: abuse.py reads a shaming match with nothing before it as the writer's own post)
        rf"(?:(?<=\bmy )|(?<=\bher )|(?<=\bhis ))(\w+ )?(id|ic|id card|identity card|nric|passport|credit report)\b.{{0,30}}{_PASSIVE_EN}.{{0,40}}{_GROUP_EN}",
        rf"{_GROUP_EN}.{{0,50}}({_POSTER_EN}.{{0,30}}{_ID_EN}|{_ID_EN}.{{0,20}}{_PASSIVE_EN})")),
)

__all__ = ["CUES_EN", "CUES_ZH"]
