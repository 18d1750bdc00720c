"""Messages typed in pinyin without an input method ("jiebei yuqi hui shangmen ma"), read as the
Chinese they spell (借呗逾期会上门吗) for the topic classifier.

Only a message made wholly of pinyin is read: every word must split into pinyin syllables, and it
must name at least one word of the loan vocabulary below (``WORDS``, several syllables, none an
English word), so English ("a man", "change", "ping me") is never touched. The words are those of
the knowledge's topics and the question words borrowers use; a syllable outside them carries no
meaning here and is left out (one syllable has many characters). Pure and deterministic; a
message with any Chinese character or any non-pinyin word costs one scan.
"""

from __future__ import annotations

from functools import lru_cache

# Every syllable of Mandarin pinyin without tones (ü typed as v, as phones do).
_SYLLABLES = frozenset("""
a o e ai ei ao ou an en ang eng er
yi ya ye yao you yan yin yang ying yong yo wu wa wo wai wei wan wen wang weng yu yue yuan yun
ba bo bai bei bao ban ben bang beng bi bie biao bian bin bing bu
pa po pai pei pao pou pan pen pang peng pi pie piao pian pin ping pu
ma mo me mai mei mao mou man men mang meng mi mie miao miu mian min ming mu
fa fo fei fou fan fen fang feng fu
da de dai dei dao dou dan den dang deng dong di die diao diu dian ding du duo dui duan dun
ta te tai tao tou tan tang teng tong ti tie tiao tian ting tu tuo tui tuan tun
na ne nai nei nao nou nan nen nang neng nong ni nie niao niu nian nin niang ning nu nuo nuan nv nve nue
la le lai lei lao lou lan lang leng long li lia lie liao liu lian lin liang ling lu luo luan lun lv lve lue
ga ge gai gei gao gou gan gen gang geng gong gu gua guo guai gui guan gun guang
ka ke kai kao kou kan ken kang keng kong ku kua kuo kuai kui kuan kun kuang
ha he hai hei hao hou han hen hang heng hong hu hua huo huai hui huan hun huang
ji jia jie jiao jiu jian jin jiang jing jiong ju jue juan jun
qi qia qie qiao qiu qian qin qiang qing qiong qu que quan qun
xi xia xie xiao xiu xian xin xiang xing xiong xu xue xuan xun
zha zhe zhi zhai zhei zhao zhou zhan zhen zhang zheng zhong zhu zhua zhuo zhuai zhui zhuan zhun zhuang
cha che chi chai chao chou chan chen chang cheng chong chu chua chuo chuai chui chuan chun chuang
sha she shi shai shei shao shou shan shen shang sheng shu shua shuo shuai shui shuan shun shuang
re ri rao rou ran ren rang reng rong ru ruo rui ruan run
za ze zi zai zei zao zou zan zen zang zeng zong zu zuo zui zuan zun
ca ce ci cai cao cou can cen cang ceng cong cu cuo cui cuan cun
sa se si sai sao sou san sen sang seng song su suo sui suan sun
""".split())
_LONGEST_SYLLABLE = max(map(len, _SYLLABLES))

# Words of several syllables: the loan vocabulary of the topics and chit-chat. Any of them makes a
# pinyin-only message readable. (Not "women", 我们: an English word.)
WORDS: dict[str, str] = {
    # products and parties
    "jiebei": "借呗", "huabei": "花呗", "zhifubao": "支付宝", "mayi": "蚂蚁", "wangdai": "网贷",
    "daikuan": "贷款", "weilidai": "微粒贷", "xinyongka": "信用卡", "pingtai": "平台", "kefu": "客服",
    "cuishou": "催收", "yinhang": "银行", "jiekuan": "借款", "qianle": "欠了", "qiankuan": "欠款",
    "jieqian": "借钱", "huanqian": "还钱", "huankuan": "还款", "benjin": "本金",
    # overdue and what follows
    "yuqi": "逾期", "houguo": "后果", "chuli": "处理", "liucheng": "流程", "houmian": "后面",
    "jiexialai": "接下来", "ranhou": "然后",
    "qisu": "起诉", "beigao": "被告", "gaowo": "告我", "fayuan": "法院", "guansi": "官司",
    "lvshi": "律师", "lushi": "律师", "falv": "法律", "falu": "法律", "chuanpiao": "传票",
    "zhengxin": "征信", "xinyong": "信用", "zhimafen": "芝麻分", "zhima": "芝麻", "jilu": "记录",
    "heimingdan": "黑名单", "fangdai": "房贷", "chedai": "车贷", "yingxiang": "影响",
    "shangmen": "上门", "laojia": "老家", "jiali": "家里", "wojia": "我家", "danwei": "单位",
    "gongsi": "公司", "huji": "户籍", "zoufang": "走访",
    "jiaren": "家人", "fumu": "父母", "bama": "爸妈", "laopo": "老婆", "laogong": "老公",
    "pengyou": "朋友", "tongxunlu": "通讯录", "lianxiren": "联系人", "jinji": "紧急", "lianxi": "联系",
    "dadianhua": "打电话", "dianhua": "电话", "duanxin": "短信", "tongshi": "同事",
    "faxi": "罚息", "lixi": "利息", "weiyuejin": "违约金", "shouxufei": "手续费", "feiyong": "费用",
    "yanqi": "延期", "fenqi": "分期", "xieshang": "协商", "shangliang": "商量", "jianmian": "减免",
    "tingxi": "停息", "guazhang": "挂账", "huanbushang": "还不上", "huanbuqi": "还不起",
    "huanqing": "还清", "huanwan": "还完", "jieqing": "结清", "edu": "额度", "huifu": "恢复",
    "kaitong": "开通", "xiaochu": "消除", "zaijie": "再借", "haineng": "还能",
    "zuolao": "坐牢", "juliu": "拘留", "fanzui": "犯罪", "zhapian": "诈骗", "baojing": "报警",
    "jingcha": "警察", "haizi": "孩子", "shangxue": "上学", "chuguo": "出国", "zuofeiji": "坐飞机",
    "gaotie": "高铁", "dongjie": "冻结", "gongzi": "工资", "gongzuo": "工作",
    "zhuangsi": "装死", "laolai": "老赖", "shixin": "失信", "zhinajin": "滞纳金",
    "zhengshen": "政审", "gaokao": "高考", "kaogong": "考公", "dangbing": "当兵",
    "lahei": "拉黑", "pingbi": "屏蔽", "huanhao": "换号", "shilian": "失联", "paolu": "跑路",
    "bujie": "不接", "buhuan": "不还", "zhuxiao": "注销", "buli": "不理",
    "weixie": "威胁", "saorao": "骚扰", "ruma": "辱骂", "tousu": "投诉", "jubao": "举报", "baoli": "暴力",
    "haipa": "害怕", "danxin": "担心", "jiaolv": "焦虑", "yali": "压力",
    "zisha": "自杀", "xiangsi": "想死", "buxianghuo": "不想活", "tiaolou": "跳楼", "huoxiaqu": "活下去",
    "buxiang": "不想", "suanle": "算了", "jieshu": "结束",
    "yihou": "以后", "weilai": "未来", "qushi": "趋势", "jiqiren": "机器人", "rengong": "人工",
    "bimian": "避免", "anshi": "按时", "guihua": "规划",
    "nihao": "你好", "xiexie": "谢谢", "zaijian": "再见", "baibai": "拜拜",
    # question words
    "shenme": "什么", "zenme": "怎么", "zenmeban": "怎么办", "zenmeyang": "怎么样", "zenyang": "怎样",
    "weishenme": "为什么", "duoshao": "多少", "duojiu": "多久", "keyi": "可以", "nengbuneng": "能不能",
    "huibuhui": "会不会", "shibushi": "是不是", "youmeiyou": "有没有", "meiyou": "没有",
    "xiangwen": "想问", "yixia": "一下", "qingwen": "请问", "zenmesuan": "怎么算", "xianzai": "现在", "yijing": "已经", "tamen": "他们", "ziji": "自己", "zhende": "真的",
}
# Single syllables read one way in these questions; any other syllable is left out.
_PARTICLES: dict[str, str] = {
    "hui": "会", "bu": "不", "bei": "被", "ma": "吗", "ne": "呢", "le": "了", "de": "的", "wo": "我",
    "ni": "你", "ta": "他", "you": "有", "shi": "是", "neng": "能", "yao": "要", "qu": "去", "lai": "来",
    "jia": "家", "ren": "人", "gei": "给", "dao": "到", "zhao": "找", "da": "打", "yong": "用",
    "jie": "借", "huan": "还", "hai": "还", "qian": "钱", "mei": "没", "gao": "告", "duo": "多",
    "tian": "天", "ge": "个", "yue": "月", "zai": "再", "qi": "期",
    "xiang": "想", "huo": "活", "si": "死", "suan": "算", "shang": "上", "tai": "太", "zhen": "真",
    "na": "哪", "xia": "下", "yi": "一",
}
_NAMES = frozenset(("jiebei", "huabei", "zhifubao", "weilidai", "mayi"))  # also written in English
_LONGEST_WORD = max(map(len, WORDS))


def read_pinyin(normalized: str) -> str:
    """A normalised message in Chinese characters when it is written wholly in pinyin and names
    a loan word ("jiebei yuqi hui shangmen ma" -> "借呗逾期会上门吗"); otherwise as it was."""
    letters = normalized.replace(" ", "")
    if not (letters.isascii() and letters.isalpha()):
        return normalized  # any Chinese character, digit mask or symbol: not a pinyin message
    return _spelled(normalized) or normalized


# (a message is read once per ask: 2 hits in 12,000 requests of benchmarks/memory.py's mix, where 1,024
# entries held ~0.1 MiB of English messages for good; PERF_LOG part 33)
@lru_cache(maxsize=64)
def _spelled(normalized: str) -> str | None:
    tokens = normalized.split()
    if not all(_syllable_count(token) for token in tokens):
        return None
    # Words may be typed joined ("huibuhui") or apart ("hui bu hui"): read the letters as one run.
    letters = "".join(tokens)
    pieces = _segment(letters)
    # Product names are English words too ("can jiebei sue me" splits into syllables), so they do
    # not make a message pinyin; nor does a run of syllables that mostly mean nothing here.
    if pieces is None or not any(word in WORDS and word not in _NAMES for word in pieces):
        return None
    known = sum(len(word) for word in pieces if word in WORDS or word in _PARTICLES)
    if known * 3 < len(letters) * 2:
        return None
    return "".join(WORDS.get(word) or _PARTICLES.get(word, "") for word in pieces)


@lru_cache(maxsize=4096)
def _syllable_count(token: str) -> int:
    """How many syllables a word splits into (0: it is not pinyin)."""
    best = [0] + [-1] * len(token)
    for end in range(1, len(token) + 1):
        for start in range(max(0, end - _LONGEST_SYLLABLE), end):
            if best[start] >= 0 and token[start:end] in _SYLLABLES:
                if best[end] < 0 or best[start] + 1 < best[end]:
                    best[end] = best[start] + 1
    return max(0, best[len(token)])


def _segment(letters: str) -> list[str] | None:
    """The letters as known words, particles and other syllables: the reading that covers the most
    letters with known words (longer words first), then the fewest pieces; None if none exists."""
    # best[i]: (letters in known words, -pieces) for letters[:i], and the piece ending there.
    best: list[tuple[tuple[int, int], int] | None] = [((0, 0), 0)] + [None] * len(letters)
    for end in range(1, len(letters) + 1):
        for start in range(max(0, end - max(_LONGEST_WORD, _LONGEST_SYLLABLE)), end):
            previous = best[start]
            piece = letters[start:end]
            if previous is None or not (piece in WORDS or piece in _SYLLABLES):
                continue
            known = len(piece) ** 2 if piece in WORDS else (len(piece) if piece in _PARTICLES else 0)
            score = (previous[0][0] + known, previous[0][1] - 1)
            current = best[end]
            if current is None or score > current[0]:
                best[end] = (score, start)
    if best[len(letters)] is None:
        return None
    pieces: list[str] = []
    end = len(letters)
    while end:
        entry = best[end]
        assert entry is not None
        start = entry[1]
        pieces.append(letters[start:end])
        end = start
    return pieces[::-1]


__all__ = ["WORDS", "read_pinyin"]
