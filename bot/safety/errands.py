"""A decision told with its everyday object (issue 12, safe49): 「已经决定了 明天去投诉」, "I've made up my mind, tomorrow
I'm filing a complaint against the shop". The learned reader reads a decision with a day named as a crisis decision
("I have decided. Tonight."); when the same window names what was decided, and that is an errand (a complaint, a
report, a move, closing an account, going to the bank or the lender's service), the decision is the errand's. So is "never coming back" said of a platform, a group or a forum left (离开这个平台
永远不回来了).

Read on one window only (agreement.everyday_window's hook): the decision word, then within a few words the errand, and
no end, means or wish anywhere in the window (没有遗憾/了无牵挂/"no regrets" count as an end, review73) ("决定了 明天去投诉 然后就去死", "decided, tomorrow I report them and then I
end it" keep their crisis; and the rules read their own words in every case).
"""

from __future__ import annotations

import re

from ..patterns import regex

_DECIDED_ERRAND = regex(
    r"(决定|想好|想清楚|想明白|下定决心|打定主意|定了)(了)?\S{0,3}\s?(明天|今天|后天|下周\S?|这周\S?|周末|马上|待会|一会|等下)?\S{0,3}\s?"
    r"(就|要|会)?(去|找|打)?\S{0,8}(投诉|举报|起诉|报警|维权|退货|退款|搬家|搬走|注销|销户|去银行|找客服|协商|12315|12378|消协|市监局|工商)"
    r"|\b(decided|made up my mind|my mind is made up|mind made up)\b.{0,40}\b(complain\w*|complaint|report(ing)? (the|that|this|them|him|her|it)"
    r"|sue|suing|lawsuit|dispute|refund|return(ing)? (it|the)|mov(e|ing) (house|out|to|back)|relocat\w*|clos(e|ing) (the|my) account|call(ing)? (the bank|customer service))\b")
# What would make the decision an end, whatever errand is named beside it.
_ENDING = regex(r"死|自杀|轻生|不想活|活着|结束|了结|了断|一了百了|解脱|走了|离开这个世界|遗书|药|跳|割|天台|楼顶|江边|河边"
                r"|没有?遗憾|了无遗憾|无憾|了无牵挂|没有?牵挂|无牵无挂"
                r"|\b(die|dying|dead|death|suicid\w*|kill|end (it|things|everything|my life)|gone|goodbye|farewell|pills?|jump\w*|rope|bridge|roof|note|no regrets?)\b")


# What un-claims the decision from anywhere in the message: no regrets or ties left, and the plain end words (not a
# medicine, a jump or a roof, which a complaint about a pharmacy or a building may name in another clause).
_ENDING_ANYWHERE = regex(r"死|自杀|轻生|不想活|了结|了断|一了百了|遗书|离开这个世界|没有?遗憾|了无遗憾|无憾|了无牵挂|没有?牵挂|无牵无挂"
                         r"|\b(suicid\w*|kill myself|end (it|things|everything|my life)|no regrets?)\b")


# Leaving a named place online or a group (这个平台, 这个群, 论坛, an app): "never coming back" is said of it. The
# world, this life, everyone and the family are never such a place (_ENDING and _PEOPLE keep the window).
_LEFT_A_PLACE = regex(r"(离开|退出|退|卸载|注销|删了|删掉|消失|告别)(了)?\S{0,3}(这个|那个|所有的?|这些)?(平台|群聊|群|论坛|贴吧|app|软件|应用|账号|圈子|饭圈|游戏|直播间|网站)"
                      r"|(从|在)(这个|那个|所有的?)?(平台|群聊|群|论坛|贴吧|app|软件|圈子|饭圈|游戏|直播间|网站)(里|上)?\S{0,2}(消失|退出|离开|下线)"
                      r"|\b(leav\w*|left|quit\w*|delet\w*|uninstall\w*|off) (this |that |the |all )?(app|apps|platform|group|groups|group chat|forum|site|game|server|account|social media)\b")
# (fa59's trade left, 离开这一行 / "gone from the X industry", was removed by mend73: "离开这一行，永远不回来，也不用再还了"
# lost the crisis, and its optional tail matched 在银行/在执行/在旅行.)
_PEOPLE = regex(r"世界|人间|大家|所有人|你们|家人|爸|妈|这辈子|\b(world|life|everyone|everybody|family)\b")


def decided_on_errand(text: str, whole: str = "") -> bool:
    """Whether the window ``text`` (folded, masked) tells a decision whose object is an everyday errand, or leaving a
    named place online, and nothing of an end, a means or people left (see the module docstring). An end told anywhere
    in ``whole`` (the message, masked) un-claims it too: the leaning reader reads clause by clause, and "投诉完了也就没有
    遗憾了" in the next clause was never seen beside the decision (review73). This only takes an everyday reading away."""
    if _ENDING.search(text) or _ENDING_ANYWHERE.search(whole):
        return False
    return _DECIDED_ERRAND.search(text) is not None or (_LEFT_A_PLACE.search(text) is not None and _PEOPLE.search(text) is None)


# A complaint, a report or a "fake" about a shop or a purchase (the seller, the order, the goods), with no collector, no
# lender's staff and no abuse named in the window or the clause before: the classifier's abusive_collection guess
# needs abuse told, and a fake order complained of is a purchase (review67).
_SHOP = regex(r"商家|卖家|店家|店铺|网店|那家店|这家店|淘宝|拼多多|京东|闲鱼|订单|假货|商品|货物|发货|退货|快递|客服(?!\S{0,4}(骂|威胁|骚扰))"
              r"|\b(seller|sellers|shop|store|merchant|vendor|order|orders|product|products|goods|item|parcel|delivery|refund|purchase)\b")
_COLLECTION = regex(r"催收|催债|讨债|要债|催款|债主|借呗的人|外包|第三方|骂|威胁|恐吓|骚扰|通讯录|联系人|家人|爸|妈|单位|老赖|坐牢|上门"
                    r"|\b(collect(or|ors|ion)|agent|agents|agency|debt|harass\w*|threat\w*|insult\w*|abus\w*|contacts|family|boss|jail|arrest)\b")
_TALK_WORDS = regex(r"投诉|举报|维权|complain\w*|report\w*|fake")


def shop_complaint(name: str, text: str, match: re.Match[str], context: str) -> bool:
    """Whether abuse talk's ``match`` (a complaint, a report, a "fake") is said of a shop or a purchase, with no
    collection named in ``context`` (the window and the clause before): discounted.discounted's hook for the
    classifier's agreement (abuse_talk) only; no abuse cue is read this way."""
    if name != "talk" or not _TALK_WORDS.fullmatch(match.group(0).lower()):
        return False
    return _SHOP.search(context) is not None and _COLLECTION.search(context) is None


__all__ = ["decided_on_errand", "shop_complaint"]
