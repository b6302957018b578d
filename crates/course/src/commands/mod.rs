//! One file per subcommand.

pub mod check;
pub mod hint;
pub mod list;
pub mod reset;
pub mod verify;
pub mod watch;
