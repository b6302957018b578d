//! Which code a grading test grades: the student's, or for `course dev verify` a file of
//! the exercise's catalogue. The switch is a maintainer's plumbing, so it is one line in
//! the student's folder: [`graded_code!`](crate::graded_code).

/// Name the code under grading `$module`: the student's `$students` (a path into the
/// exercise's library), or, when the exercise crate is built with its `verify` feature
/// (`course dev verify` only), the catalogue file that verify has placed at `$file`
/// (relative to the test file: `"../.verify/name.rs"`). verify places one file at a
/// time (the reference, a solution, the stub, or a catalogued mistake) and proves each
/// passes or fails as it should.
///
/// ```ignore
/// labkit::graded_code!(read_head, "../.verify/read_head.rs", raw_socket_exercise::read_head);
/// ```
#[macro_export]
macro_rules! graded_code {
    ($module:ident, $file:literal, $students:path) => {
        #[cfg(feature = "verify")]
        #[path = $file]
        mod $module;
        #[cfg(not(feature = "verify"))]
        use $students as $module;
    };
}
