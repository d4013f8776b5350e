//! The only room that talks to the terminal: rendering and, later, the prompts.

pub mod confirm;
pub mod progress;
pub mod table;
pub mod terminal;
pub mod text;
