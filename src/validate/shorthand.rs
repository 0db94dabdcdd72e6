//! The format's shorthand, expanded into moves: the meeting's keys into the opening, an item's
//! `who`/`does`, `steps` or `type` into its moves, the closing's keys into the closing. An
//! agenda written with moves and one written with the keys give the same plan.

use crate::model::{
    self, Adjourn, Declare, ItemType, Move, MoveKind, Overview, Person, moves::Ending, moves::Lead,
    moves::OverviewStyle, moves::PlatformGroup,
};

/// The opening a meeting's keys stand for, in the default order: the meeting's own paragraphs,
/// the sentence that convenes it, the leadership's attention, the platform with the guests and
/// participants, the welcome, the quorum, the request for order, the declaration, and the
/// overview (right after the convening sentence when nothing stands between).
pub fn opening(meeting: &model::Meeting, items: usize, host: &Person) -> Vec<Move> {
    let mut out = Vec::new();
    let mut push = |what: MoveKind| {
        out.push(Move {
            host: host.clone(),
            written_at: None,
            what: what.into(),
        })
    };
    // An English chair calls the meeting to order before anything else is said.
    let call_to_order =
        meeting.language == model::Language::En && meeting.declare == Some(Declare::Open);
    if call_to_order {
        push(MoveKind::Declare {
            name: None,
            time: false,
        });
    }
    for text in &meeting.opening {
        push(MoveKind::Paragraph { text: text.clone() });
    }
    push(MoveKind::Convene {
        leads: meeting
            .convened_by
            .iter()
            .map(|by| Lead::DecidedBy(by.clone()))
            .collect(),
        purpose: meeting.purpose.clone(),
        by: None,
        when: None,
        place: None,
        solemn: meeting.frame.as_deref() == Some("仪式"),
        tasks: meeting.tasks.clone(),
        session: None,
        opens: false,
    });
    if let Some(text) = &meeting.attention {
        push(MoveKind::Attention { text: text.clone() });
    }
    let overview = match meeting.overview {
        _ if items < 2 => None,
        Overview::None => None,
        // Items announced with 下面, not by number, are not counted either.
        Overview::Count if !meeting.numbered => None,
        Overview::Count => Some(OverviewStyle::Count),
        Overview::List => Some(OverviewStyle::List),
    };
    let extra = !meeting.platform.is_empty()
        || !meeting.guests.is_empty()
        || meeting.welcome.is_some()
        || meeting.quorum.is_some()
        || meeting.declare.is_some()
        || meeting.discipline.is_some();
    if let (Some(style), false) = (overview, extra) {
        push(MoveKind::Overview { style });
    }
    // Participants alone are the handout's 参会人员; they are spoken after a platform or guests.
    // The host reads the platform out and is not named in it.
    let platform: Vec<&Person> = meeting
        .platform
        .iter()
        .filter(|p| p.id != host.id)
        .collect();
    if !platform.is_empty() {
        push(MoveKind::Platform {
            groups: platform
                .iter()
                .map(|p| PlatformGroup {
                    title: None,
                    people: vec![(*p).clone()],
                })
                .collect(),
            phrase: Default::default(),
            who: None,
            blank: false,
        });
    }
    if !meeting.guests.is_empty() {
        push(MoveKind::Guests {
            who: meeting.guests.clone(),
            phrase: Default::default(),
        });
    }
    if (!platform.is_empty() || !meeting.guests.is_empty()) && !meeting.participants.is_empty() {
        push(MoveKind::Participants {
            groups: vec![meeting.participants.clone()],
            total: None,
            phrase: Default::default(),
        });
    }
    if let Some(w) = &meeting.welcome {
        push(MoveKind::Welcome {
            on_behalf_of: Some(w.on_behalf_of.clone()),
            to: Some(w.to.clone()),
            style: Default::default(),
        });
    }
    if let Some(q) = &meeting.quorum {
        push(MoveKind::Quorum {
            expected: Some(q.expected),
            who: q.who.clone(),
            present: q.present,
            absent: q.absent,
            rule: q.rule.clone(),
            unit: None,
            leave: true,
            conclusion: None,
            phrase: Default::default(),
            expected_placeholder: None,
        });
    }
    // The request for order comes before the declaration: phones off, then 现在开会.
    if let Some(text) = &meeting.discipline {
        push(MoveKind::Discipline { text: text.clone() });
    }
    if meeting.declare.is_some() && !call_to_order {
        push(MoveKind::Declare {
            name: None,
            time: false,
        });
    }
    if let (Some(style), true) = (overview, extra) {
        push(MoveKind::Overview { style });
    }
    out
}

/// The moves an item's keys stand for: what its kind does, its invitations (`steps`), its
/// review and its free lines.
pub fn item(item: &model::Item, steps: Vec<model::Step>) -> Vec<MoveKind> {
    let mut out = Vec::new();
    match item.kind {
        ItemType::Speech => {}
        ItemType::Action => out.push(MoveKind::Action {
            text: item.action.clone().unwrap_or_default(),
        }),
        ItemType::Anthem => out.push(MoveKind::Rite {
            rite: Default::default(),
            action: item.action.clone(),
            for_whom: None,
            length: None,
            standing: false,
            led_by: None,
            order: Vec::new(),
        }),
        ItemType::Vote => out.push(MoveKind::Vote {
            motions: item.motions.clone(),
            by: Default::default(),
            count: None,
            result: None,
        }),
        ItemType::Approval => out.push(MoveKind::Approval {
            motions: item.motions.clone(),
            ask: None,
        }),
        ItemType::Election => out.push(MoveKind::Election {
            offices: item.offices.clone(),
            scrutineers: item.scrutineers.clone(),
            counters: item.counters.clone(),
            election: Default::default(),
            seats: 1,
            rules: crate::model::moves::ElectionRules {
                races: item
                    .offices
                    .iter()
                    .map(|o| crate::model::moves::Race::plain(o, 1))
                    .collect(),
                ..Default::default()
            },
        }),
        ItemType::Awards => out.push(MoveKind::Awards {
            rounds: item.rounds.clone(),
            organiser: Vec::new(),
            not_on_stage: None,
        }),
    }
    out.extend(steps.into_iter().map(|step| MoveKind::Invite { step }));
    if let Some(text) = &item.review {
        out.push(MoveKind::Review { text: text.clone() });
    }
    out.extend(item.say.iter().map(line));
    out
}

/// The moves the closing's keys stand for: the done line (for a meeting of 议程) or only the
/// address, the recap and hopes, the points, free lines and the ending. An English chair says
/// no done line (the ending says it) and always ends the meeting, by its kind's ending.
pub fn closing(closing: &model::Closing, meeting: &model::Meeting) -> Vec<MoveKind> {
    let mut out = Vec::new();
    let english = meeting.language == model::Language::En;
    let review = closing.recap.is_some() || closing.hopes.is_some();
    if english {
        // The ending says the agenda is done.
    } else if meeting.by_agenda() {
        out.push(MoveKind::Done {
            style: None,
            address: closing.address.clone(),
        });
    } else if review || !closing.points.is_empty() {
        out.push(MoveKind::Address {
            text: closing.address.clone(),
        });
    }
    if let Some(text) = &closing.recap {
        out.push(MoveKind::Recap { text: text.clone() });
    }
    if let Some(text) = &closing.hopes {
        out.push(MoveKind::Hopes {
            text: text.clone(),
            who: None,
        });
    }
    if !closing.points.is_empty() {
        out.push(MoveKind::Points {
            points: closing.points.clone(),
            numbering: closing.numbering,
            purpose: None,
            noun: None,
        });
    }
    out.extend(closing.say.iter().map(line));
    if closing.adjourn.is_some() || english {
        out.push(MoveKind::Adjourn {
            time: false,
            next: None,
            style: closing.adjourn.map(|adjourn| match adjourn {
                Adjourn::Adjourn => Ending::Adjourn,
                Adjourn::Recess => Ending::Recess,
                Adjourn::Close => Ending::Close,
            }),
        });
    }
    out
}

/// How an old `declare:` is worded, as a word of the kind: `ceremony` is the kind's own
/// announcement, or 开幕 for a kind that only opens.
pub fn declare_word(declare: Declare, kind_word: &str, frame: Option<&str>) -> String {
    match declare {
        Declare::Open => "open".into(),
        Declare::Ceremony if frame == Some("仪式") => "announce-begin".into(),
        Declare::Ceremony if kind_word.starts_with("announce") => kind_word.into(),
        Declare::Ceremony => "announce-open".into(),
    }
}

fn line(line: &model::Line) -> MoveKind {
    match line {
        model::Line::Spoken(text) => MoveKind::Say { text: text.clone() },
        model::Line::Direction(text) => MoveKind::Direction { text: text.clone() },
    }
}
