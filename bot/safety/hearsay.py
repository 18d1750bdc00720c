"""Hearsay and events, the two readings of an abuse message as a whole (abuse.hearsay_only): what others
say may happen (media, forums, kin passing on what they heard, someone else's collector), and what
happened (something received, a collector's act, a day named). Split out of abuse.py (safe16)."""

from __future__ import annotations

from ..patterns import regex
from .clauses import KIN_EN, KIN_ZH

_HEARSAY_ZH = regex(
    # (群里有人 passes on what someone in a group said, not someone posting the borrower's own ID there: safe48)
    # media, studies and collectors in general ("有的催收会冒充警察") are not what happened to the borrower
    rf"看(了|到)(一个|个|一篇|一条|一部)?\S{{0,4}}(视频|文章|帖子|新闻|电影|电视剧|纪录片)|讲的是|里面(说|讲|提到)|((?<!没)有的|有些|一些|某些|部分)(催收|催债)(?!费)"
    rf"|电影|电视剧|小说|纪录片|论文|课题|调研|毕业设计"
    rf"|听说|听\S{{0,4}}说|刷(到|抖音|视频|快手)|(视频|文章|帖子|抖音|快手)(里|上)?(说|讲)|看到(一个|个|一篇)?(视频|文章)|有人说|(别|人家|大家|听)人说|(大家|人人|别人|人们|他们|网上)都说|都说(会|要|逾期|欠)|据说|网上(说|看到|有人)|(看到|看|在)网上|帖子|论坛|群里有人(?!\S{{0,3}}(发|贴|晒|转|传)(了|出)?\S{{0,3}}(我|她|他)的)|新闻|听人说|没有发生在我身上|我还没(有)?遇到"
    rf"|(骗子|诈骗)(特别|很|挺|非常|越来越)?多|千万别(信|上当)|小心(骗子|诈骗|上当)|(村里|邻居|街坊|大家)(人)?都在(说|传|议论)"
    rf"|(^|\s)(我的?|我们)?({KIN_ZH})(也|总|总是|一直|都)?(说|跟我说|告诉我)")  # kin as the one speaking
_HEARSAY_EN = regex(
    rf"people (say|said|online|on)|someone (in|on|online)\b|\bi (heard|read)|ive (heard|read)|reading .{{0,12}}(forum|online|posts|stories|about)"
    rf"|forum|horror stories|({KIN_EN})s? (always |keeps |kept )?(says|said|keeps saying|keeps telling me|kept telling me|tells me|was joking|told me that|thinks|reckons|believes|worries|is worried)\b"
    r"|joking that|according to|\b(the )?news (said|says|reported|reports)\b|\b(tiktok|douyin|a video|videos|youtube|an article|a post|a blog) (said|says|claimed|claims|saying)"
    r"|\b(movie|film|tv show|drama|novel|documentary|thesis|dissertation|research|essay|term paper|some collectors|class project|coursework|survey|interviewing people)\b|\bfor (my|a|our) (\w+ )?(class|course|lecture)\b"
    r"|\b(saw|watched|seen|read) (a|an|this|some|one) (tiktok|video|clip|post|reel|story|article|news)|(student|someone|a friend|he|she) told me (that )?(collectors|they)\b"
    # someone else's collector, told by them ("my colleague told me a collector swore at her", "my brother
    # in law said collectors in his town put up posters"; safe12)
    rf"|\b({KIN_EN}|neighbou?r|someone|somebody|a friend)s?( in law)? (told me|said|says) (that )?(a|some|one) (collector|agent)s?\b"
    rf"|\b(told|tell|telling) me (a story|stories|about (a|some) (collector|case))\b"
    # (collectors in their town, doing nothing to the writer or the writer's own: review21)
    rf"|\bcollectors? in (his|her|their) (town|city|village|area)\b(?!.{{0,30}}\b(my|me|us)\b)")
_EVENT_ZH = regex(
    r"收到|接到|发来|打来|寄来|找上门|上门来|(催收|催款)(员|的人)?(给|把|在|说|打|发|天天|一直|每天|又|还|竟然|居然|直接|跟|用|对|就)"
    r"|他们(把|在|给|说|天天|一直|又|竟然|居然|直接)|对方(说|把|给|发|一直)|有(个|一个|两个|几个|三个)?人(?!说).{0,16}(打了|打来|打电话|发了|发来|来了|来我家|寄了|寄来|加了|加我)|寄了|打电话给|打(了)?电话到|打到(我|了)"
    r"|(来|到)(了)?(我|我们)家|对方(打|发|寄|建|在|用)"
    r"|(昨天|今天|前天|刚才|刚刚|上周|这周|这几天|前几天|前两天)\S{0,10}(打|发|来|说|骂|收到|接到)")
_EVENT_EN = regex(
    r"\b(they|theyve|theyre|collectors?|he|hes|she|shes|someone|somebody|a (man|guy|woman|collector|person)|two men|men|agents?|caller"
    r"|the company|a stranger) (have |has |had |just |keep |keeps |kept |started |already |then |been |are |is |were |was )*"
    r"(said|told|called|rang|texted|messaged|sent|posted|threatened|came|showed|added|emailed|wrote|left|followed|found|contacted"
    r"|made|put|printed|shared|published|swore|cursed|keep|keeps|texting|calling|messaging|sending|posting|threatening|harassing"
    r"|following|visiting|contacting)\b"
    r"|got (a|an|some) (call|text|sms|message|letter|document|voice|lawyer)|\breceived\b|yesterday|last (week|night|month)|this (week|morning)")

__all__ = ["_EVENT_EN", "_EVENT_ZH", "_HEARSAY_EN", "_HEARSAY_ZH"]
