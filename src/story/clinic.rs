//! The clinic's contact details, as the embedding page gives them (checked by `embed::config`).

/// The clinic's contact block; empty fields are not shown.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Clinic {
    pub name: String,
    /// As the clinic wrote it, for display.
    pub phone: String,
    /// `tel:` link built from the phone's digits.
    pub phone_href: String,
    pub address: String,
    /// An `https:` (or `mailto:`/`tel:`) link.
    pub url: String,
    pub telehealth: bool,
}

impl Clinic {
    pub fn is_empty(&self) -> bool {
        self.name.is_empty()
            && self.phone.is_empty()
            && self.address.is_empty()
            && self.url.is_empty()
    }
}
