//! The agenda file as written: serde types that mirror the YAML key for key, before any checks.
//! Every key is documented in `docs/agenda-format.md`; a key that is not here is an error.
//!
//! Parts that can fail on their own are wrapped in [`Checked`], so that one bad agenda item
//! does not hide the problems of the next. Values that take two shapes (one id or a list, a
//! line or a stage direction) have their own `Deserialize`, never `untagged`, whose trial and
//! error would be reported as problems.

use std::fmt;

use indexmap::IndexMap;
use serde::Deserialize;
use serde::de::{self, Deserializer, MapAccess, SeqAccess, Visitor};

use crate::yaml::Checked;

pub mod moves;
pub use moves::Move;

/// A meeting agenda for emcee, which compiles it into the host's script (会议主持词).
#[derive(Debug, Deserialize, schemars::JsonSchema)]
#[serde(deny_unknown_fields)]
#[schemars(transform = crate::schema::agenda)]
pub struct Agenda {
    /// Required; optional here so that validation can report every missing section at once.
    #[serde(default)]
    pub meeting: Option<Checked<Meeting>>,
    /// Everyone named in the script, each under an id you choose; or the path of a roster file.
    #[serde(default)]
    pub people: Option<People>,
    /// Who hosts (主持) the meeting: an id, or a list of two ids (each line then labelled).
    #[serde(default)]
    pub host: Option<Checked<OneOrMany>>,
    /// The opening as moves, in the order spoken; without it, the meeting's keys in the
    /// kind's default order.
    #[serde(default)]
    pub opening: Option<Checked<Vec<Checked<Move>>>>,
    /// The items in the order they happen (at least one).
    #[serde(default)]
    pub agenda: Option<Checked<Vec<Checked<Item>>>>,
    /// What the host says after the last item: its keys (recap, hopes, points…), or a list of
    /// moves.
    #[serde(default)]
    pub closing: Option<Checked<ClosingSource>>,
}

/// The closing: its keys (recap, hopes, points, …), or its moves in order.
pub type ClosingSource = crate::yaml::MapOrSeq<Closing, Vec<Checked<Move>>>;

/// The people of an agenda: written in it, or the path of a roster file shared by many.
#[derive(Debug)]
pub enum People {
    Inline(IndexMap<String, Checked<Person>>),
    Roster(String),
}

impl<'de> Deserialize<'de> for People {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        text_or_map(
            deserializer,
            || crate::tr!("type.people"),
            |path| People::Roster(path.to_string()),
            People::Inline,
        )
    }
}

/// Reads a value written either as text or as a mapping, each by its own function.
fn text_or_map<'de, D, T, M>(
    deserializer: D,
    expecting: fn() -> String,
    from_text: fn(&str) -> T,
    from_map: fn(M) -> T,
) -> Result<T, D::Error>
where
    D: Deserializer<'de>,
    M: Deserialize<'de>,
{
    struct TextOrMap<T, M> {
        expecting: fn() -> String,
        from_text: fn(&str) -> T,
        from_map: fn(M) -> T,
    }
    impl<'de, T, M: Deserialize<'de>> Visitor<'de> for TextOrMap<T, M> {
        type Value = T;
        fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
            f.write_str(&(self.expecting)())
        }
        fn visit_str<E: de::Error>(self, v: &str) -> Result<T, E> {
            Ok((self.from_text)(v))
        }
        fn visit_map<A: MapAccess<'de>>(self, map: A) -> Result<T, A::Error> {
            M::deserialize(de::value::MapAccessDeserializer::new(map)).map(self.from_map)
        }
    }
    deserializer.deserialize_any(TextOrMap {
        expecting,
        from_text,
        from_map,
    })
}

/// One value or a list of them: `who: li` or `who: [li, zhao]`.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct OneOrMany(pub Vec<String>);

impl<'de> Deserialize<'de> for OneOrMany {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        struct OneOrManyVisitor;
        impl<'de> Visitor<'de> for OneOrManyVisitor {
            type Value = OneOrMany;
            fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
                f.write_str(&crate::tr!("type.ids"))
            }
            fn visit_str<E: de::Error>(self, v: &str) -> Result<OneOrMany, E> {
                Ok(OneOrMany(vec![v.to_string()]))
            }
            fn visit_i64<E: de::Error>(self, v: i64) -> Result<OneOrMany, E> {
                Ok(OneOrMany(vec![v.to_string()]))
            }
            fn visit_u64<E: de::Error>(self, v: u64) -> Result<OneOrMany, E> {
                Ok(OneOrMany(vec![v.to_string()]))
            }
            fn visit_seq<A: SeqAccess<'de>>(self, mut seq: A) -> Result<OneOrMany, A::Error> {
                let mut all = Vec::new();
                while let Some(v) = seq.next_element::<String>()? {
                    all.push(v);
                }
                Ok(OneOrMany(all))
            }
        }
        deserializer.deserialize_any(OneOrManyVisitor)
    }
}

/// A free line of the host's: spoken text, or a stage direction `{ direction: 稍停 }`.
#[derive(Debug, Clone, PartialEq)]
pub enum Line {
    Spoken(String),
    Direction(String),
}

impl<'de> Deserialize<'de> for Line {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        #[derive(Deserialize)]
        #[serde(deny_unknown_fields)]
        struct Direction {
            direction: String,
        }
        text_or_map(
            deserializer,
            || crate::tr!("type.line"),
            |text| Line::Spoken(text.to_string()),
            |d: Direction| Line::Direction(d.direction),
        )
    }
}

#[derive(Debug, Deserialize, schemars::JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Meeting {
    /// The meeting's name: 今天我们在这里召开县机关意识形态工作专题会议 (required).
    pub title: String,
    /// The language of the script: `zh-CN` (default) or `en`.
    #[serde(default)]
    pub language: Language,
    /// The kind of event (会议, 座谈会, 典礼, 全体会议, …): its words, from the language's
    /// `kinds.yaml`, in every fixed phrase.
    #[serde(default)]
    pub kind: Option<String>,
    /// Any word of the kind's, overridden.
    #[serde(default)]
    pub words: Option<Words>,
    /// Whether items are numbered (第一项议程) unless an item says otherwise.
    #[serde(default)]
    pub numbered: Option<bool>,
    /// 同志们 by default; empty for none.
    #[serde(default, deserialize_with = "given")]
    pub salutation: Option<Option<String>>,
    /// Free paragraphs before everything else (a seasonal or literary opening).
    #[serde(default)]
    pub opening: Vec<String>,
    /// 经……研究决定: who decided to hold the meeting.
    #[serde(default)]
    pub convened_by: Option<String>,
    /// Why the meeting is held: 为深入学习贯彻……精神，…… (a list of texts).
    #[serde(default)]
    pub purpose: Vec<String>,
    /// What the meeting does, after its name: ……，安排部署……工作 (a list of texts).
    #[serde(default)]
    pub tasks: Vec<String>,
    /// ……对这次会议非常重视: a sentence on the leadership's attention.
    #[serde(default)]
    pub attention: Option<String>,
    /// The leaders on the platform, by id, in rank order (or sorted by their `rank`).
    #[serde(default)]
    pub platform: Vec<String>,
    /// Guests, as text (units or names).
    #[serde(default)]
    pub guests: Vec<String>,
    /// Who attends, for the opening and the handout (参会人员).
    #[serde(default)]
    pub participants: Vec<String>,
    /// 请允许我代表……，向……表示热烈的欢迎和衷心的感谢！
    #[serde(default)]
    pub welcome: Option<Welcome>,
    /// Attendance against the quorum: 本次会议应到会党员31名……可以开会。
    #[serde(default)]
    pub quorum: Option<Quorum>,
    /// `open` 现在开会。 or `ceremony` 现在我宣布：……开幕！
    #[serde(default)]
    pub declare: Option<Declare>,
    /// A request for order in the room (请大家关闭手机……).
    #[serde(default)]
    pub discipline: Option<String>,
    /// What the opening says about the items: `count` 共有三项议程 (default), `list`, or `none`.
    #[serde(default)]
    pub overview: Overview,
    /// 会议, 大会 or 仪式: the word in 进行会议第一项议程 / 仪式进行第一项.
    #[serde(default)]
    pub frame: Option<String>,
    /// 项议程, 项日程, 项内容 or 项: the measure after the number.
    #[serde(default)]
    pub measure: Option<String>,
    /// Announce the last item as 下面进行最后一项议程.
    #[serde(default)]
    pub mark_last_item: bool,
    /// YYYY-MM-DD.
    #[serde(default)]
    pub date: Option<String>,
    /// HH:MM, when the meeting starts.
    #[serde(default)]
    pub start: Option<String>,
    /// HH:MM, when the meeting must end at the latest.
    #[serde(default)]
    pub ends: Option<String>,
    /// Where: 地点 on the handout.
    #[serde(default)]
    pub place: Option<String>,
    /// How fast the host reads: characters a minute (Chinese) or words a minute (English).
    #[serde(default)]
    pub reading_rate: Option<u32>,
}

/// The words of a kind of event, each one overridable in an agenda (`meeting.words`).
/// The kinds and their words are data: `scripts/<language>/kinds.yaml`.
#[derive(Debug, Deserialize, schemars::JsonSchema, serde::Serialize, Default, Clone, PartialEq)]
#[serde(deny_unknown_fields)]
pub struct Words {
    /// The event word in every fixed phrase: 会议, 座谈会, 大会, 典礼.
    #[serde(default)]
    pub noun: Option<String>,
    /// 召开 or 举行.
    #[serde(default)]
    pub verb: Option<String>,
    /// How the meeting is declared open: `open` (现在开会。), `start` (……现在开始。),
    /// `announce-start` (我宣布：……现在开始！), `announce-open` (现在我宣布：……开幕！).
    #[serde(default)]
    pub declare: Option<String>,
    /// The frame of numbered transitions: 会议 (进行会议第一项议程), 仪式 (仪式进行第一项).
    #[serde(default)]
    pub frame: Option<String>,
    /// The measure after the number: 项议程, 项日程, 项.
    #[serde(default)]
    pub measure: Option<String>,
    /// How numbered items open: `agenda` (首先进行会议第一项议程，), `ceremony` (仪式进行第一项：),
    /// `bare` (第一项：); by default `agenda` for a measure of 议程 or 日程, else `ceremony`.
    #[serde(default)]
    pub transition: Option<String>,
    /// `finished` (……各项议程已经进行完毕) or `completed` (……已全部完成).
    #[serde(default)]
    pub done: Option<String>,
    /// How the meeting ends: `adjourn`, `recess`, `close`, `close-adjourn`, `end`.
    #[serde(default)]
    pub ending: Option<String>,
    /// Whom the host addresses when the salutation gives no group: 同志们.
    #[serde(default)]
    pub address: Option<String>,
    /// The words of a show of hands: 同意/不同意 (a party body), 赞成/反对 (人大, 政协).
    #[serde(default)]
    pub yes: Option<String>,
    /// The word against, with `yes`: 不同意 or 反对.
    #[serde(default)]
    pub no: Option<String>,
    /// English: the article before the title (`the` by default; empty for a name that takes
    /// none: "welcome to TechConf 2026").
    #[serde(default)]
    pub article: Option<String>,
    /// English: how speakers are invited: `call` (I now call on …, a business meeting) or
    /// `introduce` (It is my pleasure to introduce …, a ceremony or a session).
    #[serde(default)]
    pub invite: Option<String>,
    /// Whether items are opened by their number by default (`meeting.numbered` overrides):
    /// meetings yes; English ceremonies, club meetings and webinars no.
    #[serde(default)]
    pub numbered: Option<bool>,
}

#[derive(Debug, Deserialize, schemars::JsonSchema, Default, Clone, Copy, PartialEq, Eq)]
pub enum Language {
    #[default]
    #[serde(rename = "zh-CN")]
    ZhCn,
    #[serde(rename = "en")]
    En,
}

impl Language {
    /// The folder of this language's templates under `scripts/`.
    pub fn code(self) -> &'static str {
        match self {
            Language::ZhCn => "zh-CN",
            Language::En => "en",
        }
    }

    /// How fast a host reads aloud by default: characters a minute for Chinese, words a
    /// minute for English.
    pub fn reading_rate(self) -> u32 {
        match self {
            Language::ZhCn => 220,
            Language::En => 150,
        }
    }
}

/// Welcome and thanks on the organiser's behalf: 请允许我代表……向……表示热烈的欢迎和衷心的感谢！
#[derive(Debug, Deserialize, schemars::JsonSchema, serde::Serialize, Clone, PartialEq)]
#[serde(deny_unknown_fields)]
pub struct Welcome {
    /// On whose behalf: 市委、市政府.
    pub on_behalf_of: String,
    /// To whom: 各位企业家朋友.
    pub to: String,
}

/// Attendance against the quorum; numbers not known before the day stay blank.
#[derive(Debug, Deserialize, schemars::JsonSchema, serde::Serialize, Clone, PartialEq)]
#[serde(deny_unknown_fields)]
pub struct Quorum {
    /// How many are expected: 应到会……31名.
    pub expected: u32,
    /// Who is counted: 党员, 代表, 委员 (members).
    #[serde(default)]
    pub who: Option<String>,
    /// How many are present; left out, a blank to fill in on the day.
    #[serde(default)]
    pub present: Option<u32>,
    /// How many are on leave; left out, a blank to fill in on the day.
    #[serde(default)]
    pub absent: Option<u32>,
    /// The rule the count must meet, like 超过应到人数的半数 or a majority of the members.
    #[serde(default)]
    pub rule: Option<String>,
}

/// How the host declares the meeting open.
#[derive(
    Debug, Deserialize, schemars::JsonSchema, serde::Serialize, Clone, Copy, PartialEq, Eq,
)]
#[serde(rename_all = "kebab-case")]
pub enum Declare {
    /// 现在开会。 / The meeting will come to order.
    Open,
    /// 现在我宣布：……开幕！ / I declare the … open.
    Ceremony,
}

/// What the opening says about the agenda.
#[derive(
    Debug, Deserialize, schemars::JsonSchema, serde::Serialize, Clone, Copy, PartialEq, Eq, Default,
)]
#[serde(rename_all = "kebab-case")]
pub enum Overview {
    /// 今天的会议共有两项议程，下面，我们逐项进行：
    #[default]
    Count,
    /// The count, then the items listed: 一是……；二是……。
    List,
    /// Nothing.
    None,
}

#[derive(Debug, Deserialize, schemars::JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Person {
    /// The name, after the title: 请……王五同志讲话 (required).
    pub name: String,
    /// The title(s) before the name; join several with 、: 常委会党组书记、主任.
    #[serde(default)]
    pub title: Option<String>,
    /// The short form for later mentions: 王主任 (the name by default).
    #[serde(default)]
    pub call: Option<String>,
    /// `None` when not given (the language's default: 同志 in Chinese, none in English);
    /// `Some(None)` for an empty value (none).
    #[serde(default, deserialize_with = "given")]
    pub honorific: Option<Option<String>>,
    /// Order on the platform: 1 first. Never guessed.
    #[serde(default)]
    pub rank: Option<u32>,
}

/// Tells a key given as empty (`Some(None)`) from a key not given (`None`, by `default`).
fn given<'de, D: Deserializer<'de>>(deserializer: D) -> Result<Option<Option<String>>, D::Error> {
    Option::<String>::deserialize(deserializer).map(Some)
}

/// What an item is: an invitation to speak (the default) or one of the procedures.
#[derive(Debug, Deserialize, schemars::JsonSchema, Clone, Copy, PartialEq, Eq, Default)]
#[serde(rename_all = "kebab-case")]
pub enum ItemType {
    #[default]
    Speech,
    /// Something done with no speaker: 奏国歌, 揭牌, 鸣炮 (`action`).
    Action,
    /// Everyone stands for the anthem (or a pledge), then sits.
    Anthem,
    /// A show-of-hands (or voice) vote on each of `motions`.
    Vote,
    /// Approval without a count: 如没有意见，请鼓掌通过.
    Approval,
    /// An election by ballot for `offices`.
    Election,
    /// Awards presented in `rounds`.
    Awards,
}

impl ItemType {
    /// The name an agenda gives it in `type:`.
    pub fn name(self) -> &'static str {
        match self {
            ItemType::Speech => "speech",
            ItemType::Action => "action",
            ItemType::Anthem => "anthem",
            ItemType::Vote => "vote",
            ItemType::Approval => "approval",
            ItemType::Election => "election",
            ItemType::Awards => "awards",
        }
    }
}

#[derive(Debug, Deserialize, schemars::JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Item {
    /// A name for the item, unique in the agenda (an agenda that extends a template matches items
    /// by it).
    #[serde(default)]
    pub id: Option<String>,
    /// What kind of item: `speech` (default), `action`, `anthem`, `vote`, `approval`, `election`,
    /// `awards`.
    #[serde(default, rename = "type")]
    pub kind: ItemType,
    /// The item's subject, said after its number: 首先进行会议第一项议程，学习相关文件和法律法规。
    #[serde(default)]
    pub title: Option<String>,
    #[serde(default)]
    /// Its invitations, each written as an `invite` move's keys.
    pub steps: Option<Vec<Checked<moves::Invite>>>,
    /// How several invitations are spoken: numbered 1.…；2.…, as sentences, as paragraphs,
    /// or 一是……；二是…….
    #[serde(default)]
    pub step_style: Option<StepStyle>,
    /// The item's moves, in the order spoken; instead of `who`/`does`, `steps` or `type`.
    #[serde(default)]
    pub moves: Option<Vec<Checked<Move>>>,
    /// Whether the item is numbered (第二项议程) or opened with 下面; the meeting's `numbered`
    /// by default.
    #[serde(default)]
    pub numbered: Option<bool>,
    /// The person invited, by id (or a list of ids who do the same).
    #[serde(default)]
    pub who: Option<OneOrMany>,
    /// The verb, right after the person: 讲话, 传达, 作重要讲话.
    #[serde(default)]
    pub does: Option<String>,
    /// The object, right after the verb: 请……同志领学网络信息内容生态治理规定.
    #[serde(default)]
    pub what: Option<String>,
    /// Documents read out, each titled in 《》.
    #[serde(default)]
    pub documents: Vec<String>,
    /// `welcome` 让我们以热烈的掌声欢迎……！ or `after` ……，大家欢迎！
    #[serde(default)]
    pub applause: Option<Applause>,
    /// How the person invited is named: `full` (区长李建国同志), `name-title` (李建国区长) or
    /// `call` (李区长).
    #[serde(default)]
    pub form: moves::NameForm,
    /// The host speaking for a body: 由我代表……
    #[serde(default)]
    pub on_behalf_of: Option<String>,
    /// What is done, for an `action` or `anthem` item: 奏国歌, 揭牌.
    #[serde(default)]
    pub action: Option<String>,
    /// The motions voted on or approved, for `vote` and `approval` items.
    #[serde(default)]
    pub motions: Vec<String>,
    /// The offices elected, for an `election` item.
    #[serde(default)]
    pub offices: Vec<String>,
    /// Who supervises and who counts the ballots, for an `election` item (names or ids).
    #[serde(default)]
    pub scrutineers: Vec<String>,
    /// Who counts the ballots, for an `election` item (names or ids).
    #[serde(default)]
    pub counters: Vec<String>,
    /// The rounds of an `awards` item.
    #[serde(default)]
    pub rounds: Vec<Checked<Round>>,
    /// The host's review after the item: 刚才，……
    #[serde(default)]
    pub review: Option<String>,
    /// Free lines of the host's after the item.
    #[serde(default)]
    pub say: Vec<Line>,
    /// Which host speaks this item, when there are two.
    #[serde(default)]
    pub host: Option<String>,
    /// The time planned for the item, in minutes.
    #[serde(default)]
    pub minutes: Option<u32>,
    /// HH:MM: the item starts at this time (a session after lunch, a hard start).
    #[serde(default)]
    pub at: Option<String>,
    /// A cue for the staff, shown in the run sheet only (播放国歌, 切换PPT).
    #[serde(default)]
    pub cue: Option<String>,
    /// The speech or report given in this item: written here, or the path of its own file.
    #[serde(default)]
    pub text: Option<TextSource>,
}

/// A speech or report: written in the agenda, or the path of a YAML file of its own.
#[derive(Debug)]
pub enum TextSource {
    Inline(Box<Text>),
    File(String),
}

impl<'de> Deserialize<'de> for TextSource {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        // Errors inside the text go up to the item, which records them (a `Checked` here would
        // swallow them: the mapping is read through serde's own deserializer).
        text_or_map(
            deserializer,
            || crate::tr!("type.text-source"),
            |path| TextSource::File(path.to_string()),
            |text: Text| TextSource::Inline(Box::new(text)),
        )
    }
}

/// A speech (讲话稿) or a report (工作报告, 研判报告) as an outline: emcee numbers its sections
/// and points and fills in the counts.
#[derive(Debug, Deserialize, schemars::JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Text {
    /// `speech` (default) or `report`.
    #[serde(default)]
    pub kind: TextKind,
    /// 在……会议上的讲话; for a speech, by default 在〈meeting title〉上的讲话.
    #[serde(default)]
    pub title: Option<String>,
    /// 同志们 for a speech by default; none for a report.
    #[serde(default, deserialize_with = "given")]
    pub salutation: Option<Option<String>>,
    /// Paragraphs before the sections; `{count}` is the number of sections, `{ID.who}` and
    /// `{ID.what}` the speaker and subject of the agenda item `ID`.
    #[serde(default)]
    pub opening: Vec<String>,
    /// The sections, numbered 一、→（一）→1.→（1） by depth.
    #[serde(default)]
    pub sections: Vec<Checked<Section>>,
    /// Paragraphs after the sections.
    #[serde(default)]
    pub closing: Vec<String>,
}

#[derive(
    Debug, Deserialize, schemars::JsonSchema, serde::Serialize, Default, Clone, Copy, PartialEq, Eq,
)]
#[serde(rename_all = "kebab-case")]
pub enum TextKind {
    #[default]
    Speech,
    Report,
}

/// A section: its heading (numbered 一、 → （一） → 1. → （1） by depth), paragraphs, points and
/// sub-sections.
#[derive(Debug, Deserialize, schemars::JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Section {
    /// The section's heading, numbered by its depth.
    #[serde(default)]
    pub heading: Option<String>,
    /// Paragraphs before the points; `{count}` is the number of points (or sub-sections).
    #[serde(default)]
    pub paragraphs: Vec<String>,
    /// The points: 一是……二是…… (text, or `{ lead, body }`).
    #[serde(default)]
    pub points: Vec<TextPoint>,
    /// `inline`: the points run on in the last paragraph (……。一是……。二是……。); `paragraph`:
    /// each point leads its own paragraph.
    #[serde(default)]
    pub style: PointStyle,
    /// How the points are numbered: `一是` (default), `一要`, `第一`, `（一）`, `1.`.
    #[serde(default)]
    pub numbering: TextNumbering,
    /// Sub-sections.
    #[serde(default)]
    pub sections: Vec<Checked<Section>>,
    /// Paragraphs after the points.
    #[serde(default)]
    pub after: Vec<String>,
}

#[derive(
    Debug, Deserialize, schemars::JsonSchema, serde::Serialize, Default, Clone, Copy, PartialEq, Eq,
)]
#[serde(rename_all = "kebab-case")]
pub enum PointStyle {
    #[default]
    Inline,
    Paragraph,
}

/// How points in a text are numbered.
#[derive(
    Debug, Deserialize, schemars::JsonSchema, serde::Serialize, Default, Clone, Copy, PartialEq, Eq,
)]
pub enum TextNumbering {
    #[default]
    #[serde(rename = "一是")]
    YiShi,
    #[serde(rename = "一要")]
    YiYao,
    #[serde(rename = "第一")]
    DiYi,
    #[serde(rename = "（一）")]
    Paren,
    #[serde(rename = "1.")]
    Arabic,
}

/// A point: its text, or a lead sentence with a paragraph after it.
#[derive(Debug, Clone, PartialEq, serde::Serialize)]
pub struct TextPoint {
    pub lead: String,
    pub body: Option<String>,
}

impl<'de> Deserialize<'de> for TextPoint {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        #[derive(Deserialize)]
        #[serde(deny_unknown_fields)]
        struct LeadAndBody {
            lead: String,
            #[serde(default)]
            body: Option<String>,
        }
        text_or_map(
            deserializer,
            || crate::tr!("type.text-point"),
            |text| TextPoint {
                lead: text.to_string(),
                body: None,
            },
            |p: LeadAndBody| TextPoint {
                lead: p.lead,
                body: p.body,
            },
        )
    }
}

/// A text file: one speech or report.
#[derive(Debug, Deserialize, schemars::JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct TextFile {
    pub text: Checked<Text>,
}

/// How several invitations in a row are spoken.
#[derive(
    Debug, Deserialize, schemars::JsonSchema, serde::Serialize, Default, Clone, Copy, PartialEq, Eq,
)]
#[serde(rename_all = "kebab-case")]
pub enum StepStyle {
    /// One paragraph each: 首先，请……。 / 下面，请……。 / 最后，请……。
    #[default]
    Paragraphs,
    /// One paragraph: 首先，请……。接下来，请……。最后，请……。
    Sentences,
    /// One paragraph: 1.请……；2.请……。
    Numbered,
    /// One paragraph: 一是请……；二是请……。
    Points,
}

/// How the host asks for applause for a speaker.
#[derive(
    Debug, Deserialize, schemars::JsonSchema, serde::Serialize, Clone, Copy, PartialEq, Eq,
)]
#[serde(rename_all = "kebab-case")]
pub enum Applause {
    /// 让我们以热烈的掌声欢迎……
    Welcome,
    /// ……。大家欢迎！
    After,
}

/// One round of awards: who is honoured, and who presents.
#[derive(Debug, Deserialize, schemars::JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Round {
    /// The honour: 先进集体, 优秀共产党员; none when the recipients say it.
    #[serde(default)]
    pub award: Option<String>,
    /// Who receives it, as text (a list is read out elsewhere).
    #[serde(default)]
    pub recipients: Option<String>,
    /// Who presents, by id.
    #[serde(default)]
    pub presenters: Option<OneOrMany>,
    /// The recipients come up one by one (依次上台).
    #[serde(default)]
    pub one_by_one: bool,
    /// The award music is played (颁奖音乐起); true by default.
    #[serde(default)]
    pub music: Option<bool>,
    /// How the presenters are named: `full`, `name-title` or `call`.
    #[serde(default)]
    pub form: moves::NameForm,
}

#[derive(Debug, Deserialize, schemars::JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Closing {
    /// Whom the closing turns to (同志们 by default).
    #[serde(default)]
    pub address: Option<String>,
    /// The review of what was said: 刚才，……
    #[serde(default)]
    pub recap: Option<String>,
    /// What the host asks of everyone: 希望大家……
    #[serde(default)]
    pub hopes: Option<String>,
    /// The points the host stresses: 下面，我再强调三点。一要……
    #[serde(default)]
    pub points: Vec<Checked<Point>>,
    /// How points are numbered: `一要` (default), `一是` or `第一`.
    #[serde(default)]
    pub numbering: PointNumbering,
    /// Free lines before the adjournment.
    #[serde(default)]
    pub say: Vec<Line>,
    /// `adjourn` 散会！, `recess` 现在休会。 or `close` ……到此结束。谢谢大家！
    #[serde(default)]
    pub adjourn: Option<Adjourn>,
}

/// How the meeting ends.
#[derive(
    Debug, Deserialize, schemars::JsonSchema, serde::Serialize, Clone, Copy, PartialEq, Eq,
)]
#[serde(rename_all = "kebab-case")]
pub enum Adjourn {
    /// 散会！ / The meeting is adjourned.
    Adjourn,
    /// 现在休会。 / We now stand in recess.
    Recess,
    /// ……到此结束。谢谢大家！ / Thank you all.
    Close,
}

/// A point the host stresses: its lead sentence alone (`- 在思想认识上再强化`), or
/// `{ heading, body }` with the paragraph after it.
#[derive(Debug)]
pub struct Point {
    /// The lead sentence: 一要在思想认识上再强化。 (required).
    pub heading: String,
    /// The paragraph after it.
    pub body: Option<String>,
}

/// A point written as a mapping.
#[derive(Debug, Deserialize, schemars::JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct HeadingAndBody {
    /// The lead sentence: 一要在思想认识上再强化。 (required).
    pub heading: String,
    /// The paragraph after it.
    #[serde(default)]
    pub body: Option<String>,
}

impl<'de> Deserialize<'de> for Point {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        text_or_map(
            deserializer,
            || crate::tr!("type.point"),
            |text| Point {
                heading: text.to_string(),
                body: None,
            },
            |p: HeadingAndBody| Point {
                heading: p.heading,
                body: p.body,
            },
        )
    }
}

/// How closing points are numbered: 一要/二要, 一是/二是, or 第一/第二.
#[derive(
    Debug, Deserialize, schemars::JsonSchema, serde::Serialize, Default, Clone, Copy, PartialEq, Eq,
)]
pub enum PointNumbering {
    #[default]
    #[serde(rename = "一要")]
    YiYao,
    #[serde(rename = "一是")]
    YiShi,
    #[serde(rename = "第一")]
    DiYi,
}

/// A roster file: people by id, shared by the agendas of several sessions.
#[derive(Debug, Deserialize, schemars::JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Roster {
    pub people: IndexMap<String, Checked<Person>>,
}
