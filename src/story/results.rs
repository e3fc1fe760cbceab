//! How well each medicine works, as the Compare picture draws it: each medicine's result beside
//! its own comparison group's, out of 100 people, from one kind of trial (FACTS §3), and never
//! beside another medicine's; and the spray's side effects beside a placebo spray's, as the
//! treatment picture draws them. Plain data: the pictures draw it and the tests read it.

/// One medicine beside its own comparison group.
pub struct Pair {
    /// The label naming the medicine, the measure and the time point.
    pub heading: &'static str,
    /// The medicine's label and how many out of 100.
    pub medicine: (&'static str, u32),
    /// Its comparison group's label and how many out of 100.
    pub comparison: (&'static str, u32),
    /// The medicine's colour class in the picture.
    pub class: &'static str,
}

/// Ketamine by IV against midazolam a day after one dose (Murrough 2013: responded 64 vs 28);
/// the esketamine spray alone against a placebo spray at week 4 (its label: remission 22.5% vs
/// 7.6%); antidepressant pills against a placebo pill in 232 trials (Stone 2022: a large
/// improvement in 24.5% vs 9.6%).
pub const PAIRS: [Pair; 3] = [
    Pair {
        heading: "res-ket",
        medicine: ("res-ket-drug", 64),
        comparison: ("res-ket-cmp", 28),
        class: "row-ket",
    },
    Pair {
        heading: "res-spray",
        medicine: ("res-spray-drug", 23),
        comparison: ("res-spray-cmp", 8),
        class: "row-ket",
    },
    Pair {
        heading: "res-ssri",
        medicine: ("res-ssri-drug", 25),
        comparison: ("res-ssri-cmp", 10),
        class: "row-ssr",
    },
];

/// The esketamine spray's side effects against a placebo spray, out of 100 (FACTS §5, the
/// label's trial table): the label naming each, then the spray's and the placebo's number.
pub const SIDE_EFFECTS: [(&str, u32, u32); 10] = [
    ("eff-detached", 41, 9),
    ("eff-dizzy", 29, 8),
    ("eff-nausea", 28, 9),
    ("eff-sleepy", 23, 9),
    ("eff-spin", 23, 3),
    ("eff-numb", 18, 2),
    ("eff-anxiety", 13, 6),
    ("eff-tired", 11, 5),
    ("eff-bp", 10, 3),
    ("eff-vomit", 9, 2),
];
