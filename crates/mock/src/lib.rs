//! rolecall-mock: a stateful in-memory IAM for the sandbox and the tests.
//!
//! [`MockIam`] keeps one account (111122223333) per partition, enforces IAM's name rules and
//! quotas, answers with IAM's error codes, and persists its state to a JSON file, written
//! atomically (temporary file, fsync, rename) under an exclusive lock, so neither a crash nor a
//! concurrent run leaves a broken or half-updated file. [`query`] serves the same state over
//! IAM's own wire protocol, for tests of the AWS backend and for other tools.

pub mod org;
pub mod query;
pub mod serve;
pub mod state;
pub mod valid;

use std::fs::{self, File, OpenOptions};
use std::io::Write;
use std::path::{Path, PathBuf};
use std::sync::{Arc, Mutex};
use std::time::{SystemTime, UNIX_EPOCH};

use rolecall_core::backend::{
    Action, AttachedPolicy, BadAnswer, Detail, DetailsPage, ErrorCode, Iam, IamError, IoStep, Observation, ObserveRequest, ObservedRole, Oversized, PolicyVersion,
    RoleDetail, RolePage, RolePolicies, RoleSummary, ScpRead,
};
use rolecall_core::input::AccountId;
use rolecall_core::Partition;

pub use state::{Account, Ctx, Quotas, State};

/// The mock's account id.
pub const ACCOUNT_ID: &str = "111122223333";
/// The identity of the sandbox's own credentials.
pub fn caller_arn(p: Partition) -> String {
    format!("arn:{}:iam::{ACCOUNT_ID}:user/rolecall-test", p.id())
}

/// The state file format this build writes.
pub const FORMAT: u32 = 2;
/// ListRoles' largest page.
pub const MAX_ITEMS: usize = 1000;

/// One item of a GetAccountAuthorizationDetails page, in the order the pages list them: roles
/// (by name), then customer managed policies (by ARN), then the AWS managed policies in use (by
/// ARN).
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum DetailItem {
    Role(RoleItem),
    Local(PolicyItem),
    Aws(PolicyItem),
}

/// A role as GetAccountAuthorizationDetails gives it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct RoleItem {
    pub role: state::RoleRec,
    /// Name and ARN of each attached policy.
    pub attached: Vec<(String, String)>,
    /// Its instance profiles, each with its roles.
    pub profiles: Vec<(state::ProfileRec, Vec<state::RoleRec>)>,
}

/// A managed policy as GetAccountAuthorizationDetails gives it: every version.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct PolicyItem {
    pub policy: state::PolicyRec,
    pub attachments: usize,
    pub boundaries: usize,
}

impl DetailItem {
    /// Where the item sorts, and the marker of the page after it.
    fn key(&self) -> String {
        match self {
            DetailItem::Role(r) => format!("1role/{}", r.role.name.to_ascii_lowercase()),
            DetailItem::Local(p) => format!("2local/{}", p.policy.arn),
            DetailItem::Aws(p) => format!("3aws/{}", p.policy.arn),
        }
    }
}

/// GetAccountAuthorizationDetails' `Filter` values.
const DETAIL_FILTERS: [&str; 5] = ["User", "Role", "Group", "LocalManagedPolicy", "AWSManagedPolicy"];

/// How a state file is opened.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Access {
    /// Reads only: a shared lock when a lock file exists; nothing is created.
    Read,
    /// Writes: the directory and lock file are created, and an exclusive lock held.
    Write,
}

/// Where the state lives by default: `$ROLECALL_MOCK_STATE`, else the XDG state directory.
pub fn default_state_path() -> Option<PathBuf> {
    if let Some(p) = std::env::var_os("ROLECALL_MOCK_STATE").filter(|p| !p.is_empty()) {
        return Some(PathBuf::from(p));
    }
    let base = std::env::var_os("XDG_STATE_HOME")
        .filter(|p| !p.is_empty())
        .map(PathBuf::from)
        .or_else(|| std::env::var_os("HOME").map(|h| PathBuf::from(h).join(".local").join("state")))?;
    Some(base.join("rolecall").join("mock-iam.json"))
}

/// The current time as IAM writes it (`2024-01-31T12:00:00Z`).
pub fn now_iso8601() -> String {
    iso8601(SystemTime::now().duration_since(UNIX_EPOCH).map_or(0, |d| d.as_secs()))
}

/// Seconds since the epoch as IAM writes a time (the model's `Timestamp::iso8601`).
pub fn iso8601(secs: u64) -> String {
    rolecall_core::backend::Timestamp::from_secs(i64::try_from(secs).unwrap_or(i64::MAX)).iso8601()
}

/// The largest state file read: a sanity bound far above an account of tens of thousands of
/// roles (a role takes about 1 KB), so that a wrong `--state` cannot exhaust memory.
pub const MAX_STATE_BYTES: u64 = 256 << 20;

/// Why a path cannot be a state file.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum StatePathProblem {
    /// It ends in `.lock`, the name of the state's own lock file.
    LockName,
    /// It is a directory or another file that is not a regular file.
    NotAFile,
}

/// Checks a `--state` path without creating or changing anything (links are followed).
pub fn state_path_problem(path: &Path) -> Option<StatePathProblem> {
    problem_of(&resolve_links(path).unwrap_or_else(|_| path.to_owned()))
}

fn problem_of(path: &Path) -> Option<StatePathProblem> {
    if path.extension().is_some_and(|e| e.eq_ignore_ascii_case("lock")) {
        return Some(StatePathProblem::LockName);
    }
    if path.as_os_str().is_empty() || path.file_name().is_none() {
        return Some(StatePathProblem::NotAFile);
    }
    match fs::metadata(path) {
        Ok(m) if !m.is_file() => Some(StatePathProblem::NotAFile),
        _ => None,
    }
}

/// The lock file of a (resolved) state file.
fn lock_path(path: &Path) -> PathBuf {
    path.with_extension("lock")
}

/// Follows the symbolic links of the path's last component to the file they name (which may not
/// exist yet), so that the state is locked and rewritten where it really is.
pub fn resolve_links(path: &Path) -> std::io::Result<PathBuf> {
    let mut p = path.to_owned();
    for _ in 0..40 {
        match fs::symlink_metadata(&p) {
            Ok(m) if m.file_type().is_symlink() => {
                let target = fs::read_link(&p)?;
                p = match p.parent() {
                    Some(dir) if target.is_relative() => dir.join(target),
                    _ => target,
                };
            }
            _ => return Ok(p),
        }
    }
    Err(std::io::Error::other("too many levels of symbolic links"))
}

/// What identifies one version of a file: its device and inode (the file itself, which a rewrite
/// replaces), its size and its modification time.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
struct Stamp {
    dev: u64,
    ino: u64,
    size: u64,
    mtime_ns: i128,
}

#[cfg(unix)]
fn stamp(m: &fs::Metadata) -> Stamp {
    use std::os::unix::fs::MetadataExt;
    Stamp { dev: m.dev(), ino: m.ino(), size: m.len(), mtime_ns: i128::from(m.mtime()) * 1_000_000_000 + i128::from(m.mtime_nsec()) }
}

#[cfg(not(unix))]
fn stamp(m: &fs::Metadata) -> Stamp {
    let mtime_ns = m.modified().ok().and_then(|t| t.duration_since(UNIX_EPOCH).ok()).map_or(0, |d| d.as_nanos() as i128);
    Stamp { dev: 0, ino: 0, size: m.len(), mtime_ns }
}

/// Whether `path` still names the open file `f` (same device and inode).
fn names_file(path: &Path, f: &File) -> bool {
    match (fs::metadata(path), f.metadata()) {
        (Ok(a), Ok(b)) => {
            let (a, b) = (stamp(&a), stamp(&b));
            cfg!(not(unix)) || (a.dev, a.ino) == (b.dev, b.ino)
        }
        _ => false,
    }
}

/// A state as read from its file: the file's stamp (none when there is no file yet), the file
/// kept open (so that its inode cannot be reused while the stamp is remembered), and the state.
#[derive(Debug, Clone)]
struct Loaded {
    stamp: Option<Stamp>,
    _file: Option<Arc<File>>,
    state: Arc<State>,
}

impl Loaded {
    fn empty() -> Loaded {
        Loaded { stamp: None, _file: None, state: Arc::new(State { format: FORMAT, ..Default::default() }) }
    }
}

/// The states parsed from a state file, shared by the requests a server answers: a state is parsed
/// once per version of the file (its device, inode, size and modification time), and every
/// request reads the same copy, so memory follows the state's size, not the requests in flight.
/// A write through the cache puts the state it wrote there.
#[derive(Debug, Default)]
pub struct StateCache {
    entry: Mutex<Option<(PathBuf, Loaded)>>,
}

impl StateCache {
    pub fn new() -> StateCache {
        StateCache::default()
    }

    fn put(&self, path: &Path, loaded: Loaded) {
        *self.entry.lock().unwrap_or_else(std::sync::PoisonError::into_inner) = Some((path.to_owned(), loaded));
    }
}

/// Parses a state file, refusing one written by a newer rolecall before reading the rest: this
/// build would drop what it does not know when it rewrites the file.
fn parse_state(path: &Path, bytes: &[u8]) -> Result<State, IamError> {
    #[derive(serde::Deserialize)]
    struct Format {
        format: Option<u64>,
    }
    let not_state = |e: serde_json::Error| {
        IamError::of(ErrorCode::Io(IoStep::NotStateFile))
            .with(Detail::File, path.display().to_string())
            .with(Detail::Line, e.line().to_string())
            .with(Detail::Column, e.column().to_string())
    };
    let format = serde_json::from_slice::<Format>(bytes).map_err(not_state)?.format;
    if let Some(f) = format.filter(|f| *f > u64::from(FORMAT)) {
        return Err(IamError::of(ErrorCode::StateFormat)
            .with(Detail::File, path.display().to_string())
            .with(Detail::Format, f.to_string())
            .with(Detail::Known, FORMAT.to_string()));
    }
    // An older format is read as it is and written back in this one (it only adds fields).
    let mut state: State = serde_json::from_slice(bytes).map_err(not_state)?;
    state.format = FORMAT;
    Ok(state)
}

/// Reads and parses the state at `path`, unless `known` (read earlier) or the cache holds the
/// version the path names now. The file is read through the handle its stamp was taken from.
fn load(path: &Path, cache: Option<&StateCache>, known: Option<Loaded>, limit: u64) -> Result<Loaded, IamError> {
    use std::io::Read;
    let f = match File::open(path) {
        Ok(f) => f,
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => return Ok(Loaded::empty()),
        Err(e) => return Err(io_err(IoStep::Read, path, &e)),
    };
    let now = stamp(&f.metadata().map_err(|e| io_err(IoStep::Read, path, &e))?);
    if let Some(k) = known.filter(|k| k.stamp == Some(now)) {
        return Ok(k);
    }
    // The cache stays locked while a new version is parsed: the other requests wait for it
    // instead of parsing it too.
    let mut slot = cache.map(|c| c.entry.lock().unwrap_or_else(std::sync::PoisonError::into_inner));
    if let Some(Some((p, l))) = slot.as_deref() {
        if p == path && l.stamp == Some(now) {
            return Ok(l.clone());
        }
    }
    let too_large = |size: u64| {
        IamError::of(ErrorCode::TooLarge(Oversized::StateFile))
            .with(Detail::File, path.display().to_string())
            .with(Detail::Size, size.to_string())
            .with(Detail::Limit, limit.to_string())
    };
    if now.size > limit {
        return Err(too_large(now.size));
    }
    let mut bytes = Vec::with_capacity(now.size as usize);
    (&f).take(limit + 1).read_to_end(&mut bytes).map_err(|e| io_err(IoStep::Read, path, &e))?;
    if bytes.len() as u64 > limit {
        return Err(too_large(bytes.len() as u64));
    }
    let state = parse_state(path, &bytes)?;
    drop(bytes);
    let loaded = Loaded { stamp: Some(now), _file: Some(Arc::new(f)), state: Arc::new(state) };
    if let Some(slot) = slot.as_deref_mut() {
        *slot = Some((path.to_owned(), loaded.clone()));
    }
    Ok(loaded)
}

/// Takes a lock on the file at `path` (created when `create`; `None` when it does not exist and
/// is not to be created) and checks, once it is held, that the path still names the locked file:
/// one removed or replaced while this run waited locks nothing, and the path is locked again.
fn lock_named(path: &Path, exclusive: bool, create: bool) -> Result<Option<File>, IamError> {
    for _ in 0..1000 {
        let opened = if create { private_file_options().create(true).truncate(false).write(true).open(path) } else { File::open(path) };
        let f = match opened {
            Ok(f) => f,
            Err(e) if !create && e.kind() == std::io::ErrorKind::NotFound => return Ok(None),
            Err(e) => return Err(io_err(IoStep::Open, path, &e)),
        };
        if exclusive { f.lock() } else { f.lock_shared() }.map_err(|e| io_err(IoStep::Lock, path, &e))?;
        if names_file(path, &f) {
            return Ok(Some(f));
        }
    }
    Err(IamError::new(ErrorCode::Io(IoStep::Lock), "the file was replaced 1000 times while rolecall waited for its lock").with(Detail::File, path.display().to_string()))
}

/// Refuses a state file that is not to be written: one the user may not write (as `access(2)`
/// says, by opening it for writing without changing it), or one with no write permission for
/// anyone (which root, whom permissions do not stop, would otherwise replace).
fn check_writable(path: &Path, m: &fs::Metadata) -> Result<(), IamError> {
    let refused = || IamError::of(ErrorCode::Io(IoStep::NotWritable)).with(Detail::File, path.display().to_string());
    #[cfg(unix)]
    {
        use std::os::unix::fs::PermissionsExt;
        if m.permissions().mode() & 0o222 == 0 {
            return Err(refused());
        }
    }
    #[cfg(not(unix))]
    if m.permissions().readonly() {
        return Err(refused());
    }
    match OpenOptions::new().write(true).open(path) {
        Ok(_) => Ok(()),
        Err(e) if matches!(e.kind(), std::io::ErrorKind::PermissionDenied | std::io::ErrorKind::ReadOnlyFilesystem) => Err(refused()),
        Err(e) => Err(io_err(IoStep::Open, path, &e)),
    }
}

#[cfg(unix)]
fn kept_permissions(m: &fs::Metadata) -> fs::Permissions {
    use std::os::unix::fs::PermissionsExt;
    fs::Permissions::from_mode(m.permissions().mode() & 0o777)
}

#[cfg(not(unix))]
fn kept_permissions(m: &fs::Metadata) -> fs::Permissions {
    m.permissions()
}

/// Options for files only the user should read (the lock; the state is written by [`persist`]).
fn private_file_options() -> OpenOptions {
    let mut o = OpenOptions::new();
    #[cfg(unix)]
    {
        use std::os::unix::fs::OpenOptionsExt;
        o.mode(0o600);
    }
    o
}

/// Creates a directory (and its parents) readable by the user only, as XDG state directories are.
fn create_private_dir(dir: &Path) -> std::io::Result<()> {
    let mut b = fs::DirBuilder::new();
    b.recursive(true);
    #[cfg(unix)]
    {
        use std::os::unix::fs::DirBuilderExt;
        b.mode(0o700);
    }
    b.create(dir)
}

/// A failed file operation: what rolecall was doing, the file, and the system's own words.
fn io_err(step: IoStep, path: &Path, e: &std::io::Error) -> IamError {
    IamError::new(ErrorCode::Io(step), e.to_string()).with(Detail::File, path.display().to_string())
}

/// An injected failure, for testing that a run after a failure converges.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Fault {
    /// The IAM operation to fail (`CreatePolicy`).
    pub operation: String,
    /// Calls of that operation to let through first.
    pub skip: u32,
}

impl Fault {
    /// Parses `Operation` or `Operation:N` (fail the N-th call, counting from 1).
    pub fn parse(s: &str) -> Option<Fault> {
        let (op, n) = match s.split_once(':') {
            Some((op, n)) => (op, n.parse::<u32>().ok().filter(|n| *n >= 1)?),
            None => (s, 1),
        };
        (!op.is_empty() && op.bytes().all(|b| b.is_ascii_alphabetic())).then(|| Fault { operation: op.to_owned(), skip: n - 1 })
    }
}

/// Where a file-backed mock keeps its state, and the locks it holds.
#[derive(Debug)]
struct Store {
    path: PathBuf,
    /// The lock file's lock (exclusive to write, shared to read), if any.
    _lock: Option<File>,
    /// The state file this handle has locked and may replace, if any, and whether the next write
    /// creates the file (there was none): it then creates it only if no other writer did.
    held: Mutex<Held>,
    cache: Option<Arc<StateCache>>,
}

#[derive(Debug)]
struct Held {
    state_lock: Option<File>,
    create_new: bool,
}

/// A stateful IAM in memory, optionally backed by a file.
#[derive(Debug)]
pub struct MockIam {
    partition: Partition,
    /// The account this handle reads and writes; every handle of one sandbox shares its state.
    account: String,
    /// The state, shared (with a server's [`StateCache`]) until a write copies it.
    state: Arc<Mutex<Arc<State>>>,
    store: Option<Arc<Store>>,
    quotas: Quotas,
    faults: Arc<Mutex<Vec<Fault>>>,
    page_size: usize,
    /// The largest state file written (and read): [`MAX_STATE_BYTES`].
    limit: u64,
}

impl MockIam {
    /// A fresh, empty IAM that lives only in memory.
    pub fn in_memory(partition: Partition) -> MockIam {
        MockIam {
            partition,
            account: ACCOUNT_ID.to_owned(),
            state: Arc::new(Mutex::new(Loaded::empty().state)),
            store: None,
            quotas: Quotas::default(),
            faults: Arc::new(Mutex::new(Vec::new())),
            page_size: MAX_ITEMS,
            limit: MAX_STATE_BYTES,
        }
    }

    /// Opens the state file. With [`Access::Write`], the file's directory is created and an
    /// exclusive lock is held until this value is dropped; without, a shared lock is taken only
    /// when a lock file already exists, and nothing is created.
    ///
    /// A symbolic link is resolved once: the lock and every rewrite happen next to the file it
    /// points to, and the link stays a link. A path that [`state_path_problem`] refuses is an
    /// error here too (the CLI refuses it earlier, as bad input). To write, an existing file must
    /// be a state file the user may write: it is read and checked before anything (the lock
    /// file, a directory) is created beside it.
    pub fn open(path: &Path, partition: Partition, access: Access) -> Result<MockIam, IamError> {
        MockIam::open_cached(path, partition, access, None)
    }

    /// [`MockIam::open`], reading the state through `cache` (a server's, shared by its requests).
    pub fn open_cached(path: &Path, partition: Partition, access: Access, cache: Option<Arc<StateCache>>) -> Result<MockIam, IamError> {
        let path = &resolve_links(path).map_err(|e| io_err(IoStep::Resolve, path, &e))?;
        if let Some(problem) = problem_of(path) {
            let step = match problem {
                StatePathProblem::LockName => IoStep::LockName,
                StatePathProblem::NotAFile => IoStep::NotAFile,
            };
            return Err(IamError::of(ErrorCode::Io(step)).with(Detail::File, path.display().to_string()));
        }
        let lock_path = lock_path(path);
        let (lock, state_lock, known) = if access == Access::Write {
            // Nothing is created beside a file before it is known to be a state file this run
            // may write. What is read here is used unless the file changes before the lock is held.
            let known = match fs::metadata(path) {
                Ok(m) => {
                    check_writable(path, &m)?;
                    Some(load(path, cache.as_deref(), None, MAX_STATE_BYTES)?)
                }
                Err(e) if e.kind() == std::io::ErrorKind::NotFound => None,
                Err(e) => return Err(io_err(IoStep::Read, path, &e)),
            };
            if let Some(dir) = path.parent().filter(|d| !d.as_os_str().is_empty()) {
                create_private_dir(dir).map_err(|e| io_err(IoStep::CreateDir, dir, &e))?;
            }
            let lock = lock_named(&lock_path, true, true)?;
            // The state file itself is locked too (and a rewrite locks the file that replaces it
            // before it is renamed into place): a lock file removed while a writer holds it then
            // lets no second writer in.
            let state_lock = lock_named(path, true, false)?;
            (lock, state_lock, known)
        } else {
            (lock_named(&lock_path, false, false)?, None, None)
        };
        let loaded = load(path, cache.as_deref(), known, MAX_STATE_BYTES)?;
        let create_new = access == Access::Write && loaded.stamp.is_none();
        let mut m = MockIam::in_memory(partition);
        m.state = Arc::new(Mutex::new(loaded.state));
        m.store = Some(Arc::new(Store { path: path.to_owned(), _lock: lock, held: Mutex::new(Held { state_lock, create_new }), cache }));
        Ok(m)
    }

    /// Lowers the size of the largest state file written below [`MAX_STATE_BYTES`] (for tests).
    pub fn with_state_limit(mut self, bytes: u64) -> Self {
        self.limit = bytes.min(MAX_STATE_BYTES);
        self
    }

    pub fn partition(&self) -> Partition {
        self.partition
    }

    pub fn with_quotas(mut self, quotas: Quotas) -> Self {
        self.quotas = quotas;
        self
    }

    /// Caps ListRoles pages below [`MAX_ITEMS`] (IAM may return short pages while more remain).
    pub fn with_page_size(mut self, n: usize) -> Self {
        self.page_size = n.clamp(1, MAX_ITEMS);
        self
    }

    pub fn with_fault(self, fault: Fault) -> Self {
        self.faults.lock().unwrap_or_else(std::sync::PoisonError::into_inner).push(fault);
        self
    }

    fn ctx(&self) -> Ctx<'_> {
        Ctx { partition: self.partition, account: &self.account, quotas: self.quotas, now: now_iso8601() }
    }

    /// The account this handle reads and writes.
    pub fn account(&self) -> &str {
        &self.account
    }

    /// A handle on another account of the same sandbox (its state, its file, its faults).
    pub fn for_account(&self, account: &str) -> MockIam {
        MockIam {
            partition: self.partition,
            account: account.to_owned(),
            state: Arc::clone(&self.state),
            store: self.store.clone(),
            quotas: self.quotas,
            faults: Arc::clone(&self.faults),
            page_size: self.page_size,
            limit: self.limit,
        }
    }

    fn lock_state(&self) -> std::sync::MutexGuard<'_, Arc<State>> {
        self.state.lock().unwrap_or_else(std::sync::PoisonError::into_inner)
    }

    /// Reads the account.
    pub fn read<T>(&self, f: impl FnOnce(&Account, &Ctx<'_>) -> T) -> T {
        let st = self.lock_state();
        let empty = Account::default();
        let acct = st.account(&self.account, self.partition.id()).unwrap_or(&empty);
        f(acct, &self.ctx())
    }

    fn injected(&self, operation: &str) -> Result<(), IamError> {
        let mut faults = self.faults.lock().unwrap_or_else(std::sync::PoisonError::into_inner);
        if let Some(i) = faults.iter().position(|f| f.operation == operation) {
            if faults[i].skip == 0 {
                faults.remove(i);
                return Err(IamError::new(ErrorCode::ServiceFailure, "Injected failure (ROLECALL_MOCK_FAIL).").during(operation));
            }
            faults[i].skip -= 1;
        }
        Ok(())
    }

    /// Changes the account and, on success, persists the state.
    pub fn write<T>(&self, operation: &str, f: impl FnOnce(&mut Account, &Ctx<'_>) -> Result<T, IamError>) -> Result<T, IamError> {
        self.injected(operation)?;
        let mut guard = self.lock_state();
        let ctx = self.ctx();
        // Every operation in `state` validates before it changes anything, so a failed one
        // leaves the account as it was. The state is copied first if it is shared.
        let st = Arc::make_mut(&mut guard);
        let acct = st.account_mut(&self.account, self.partition.id());
        let out = f(acct, &ctx).map_err(|e| e.during(operation))?;
        if let Some(store) = &self.store {
            persist(store, &guard, self.limit)?;
        }
        Ok(out)
    }

    /// Makes the caller's account the management account of an organization with these accounts
    /// (or of none), and persists the state.
    pub fn set_organization(&self, org: Option<state::OrganizationRec>) -> Result<(), IamError> {
        let mut guard = self.lock_state();
        Arc::make_mut(&mut guard).organization = org;
        if let Some(store) = &self.store {
            persist(store, &guard, self.limit)?;
        }
        Ok(())
    }

    /// The sandbox's organization, if it has one.
    pub fn organization(&self) -> Option<state::OrganizationRec> {
        self.lock_state().organization.clone()
    }

    /// Reads the whole state.
    pub fn read_state<T>(&self, f: impl FnOnce(&State) -> T) -> T {
        f(&self.lock_state())
    }

    /// A snapshot of the whole state.
    pub fn snapshot(&self) -> State {
        State::clone(&self.lock_state())
    }

    /// One ListRoles page: roles after `marker`, at most `max_items` (and the page size).
    pub fn list_roles_page(&self, marker: Option<&str>, max_items: usize) -> (Vec<state::RoleRec>, Option<String>) {
        let n = max_items.min(self.page_size).max(1);
        self.read(|a, _| {
            let mut it = a.roles.iter().filter(|(k, _)| marker.is_none_or(|m| k.as_str() > m));
            let page: Vec<state::RoleRec> = it.by_ref().take(n).map(|(_, r)| r.clone()).collect();
            let more = it.next().is_some();
            let next = if more { page.last().map(|r| r.name.to_ascii_lowercase()) } else { None };
            (page, next)
        })
    }

    /// One page of GetAccountAuthorizationDetails: the items `filter` selects (every kind when
    /// empty), after `marker`, at most `max_items` (and the page size). A marker names the last
    /// item given, so a page never repeats or skips an item that stays while the pages are read.
    pub fn authorization_details_page(&self, filter: &[String], marker: Option<&str>, max_items: usize) -> Result<(Vec<DetailItem>, Option<String>), IamError> {
        if let Some((i, f)) = filter.iter().enumerate().find(|(_, f)| !DETAIL_FILTERS.contains(&f.as_str())) {
            return Err(valid::validation_error(f, &format!("filter.{}.member", i + 1), "Member must satisfy enum value set: [User, Role, Group, LocalManagedPolicy, AWSManagedPolicy]"));
        }
        let wants = |f: &str| filter.is_empty() || filter.iter().any(|g| g == f);
        if let Some(m) = marker.filter(|m| !["1role/", "2local/", "3aws/"].iter().any(|p| m.starts_with(p))) {
            return Err(IamError::new(ErrorCode::InvalidInput, format!("Invalid Marker: {m}")));
        }
        let n = max_items.min(self.page_size).max(1);
        let p = self.partition;
        Ok(self.read(|a, _| {
            let mut items: Vec<DetailItem> = Vec::new();
            let after = |key: &str| marker.is_none_or(|m| key > m);
            if wants("Role") {
                for r in a.roles.values() {
                    let item = DetailItem::Role(RoleItem {
                        // Cannot hide a failure: both fail only for a missing role, and the role is there.
                        attached: a.attached(p, &r.name).unwrap_or_default(),
                        profiles: a
                            .profiles_for_role(&r.name)
                            .unwrap_or_default()
                            .into_iter()
                            .map(|pr| {
                                let roles = pr.roles.iter().filter_map(|n| a.get_role(n).ok()).collect();
                                (pr, roles)
                            })
                            .collect(),
                        role: r.clone(),
                    });
                    if after(&item.key()) {
                        items.push(item);
                    }
                    if items.len() > n {
                        break;
                    }
                }
            }
            let policy = |pol: state::PolicyRec| PolicyItem { attachments: a.attachment_count(&pol.arn), boundaries: a.boundary_count(&pol.arn), policy: pol };
            if wants("LocalManagedPolicy") && items.len() <= n {
                items.extend(a.policies.values().map(|pol| DetailItem::Local(policy(pol.clone()))).filter(|i| after(&i.key())).take(n + 1 - items.len()));
            }
            if wants("AWSManagedPolicy") && items.len() <= n {
                let mut used: Vec<String> = a.roles.values().flat_map(|r| r.attached.iter().chain(&r.boundary)).filter(|arn| state::aws_managed(p, arn).is_some()).cloned().collect();
                used.sort();
                used.dedup();
                items.extend(used.iter().filter_map(|arn| a.get_policy(p, arn).ok()).map(|pol| DetailItem::Aws(policy(pol))).filter(|i| after(&i.key())).take(n + 1 - items.len()));
            }
            let next = (items.len() > n).then(|| items[n - 1].key());
            items.truncate(n);
            (items, next)
        }))
    }

    /// What decides what a role may do, besides SCPs ([`RolePolicies`]). The default version of
    /// an attached policy (or of the boundary) the mock does not know, which only a hand-edited
    /// state file can hold, is [`state::UNKNOWN_POLICY_DOCUMENT`], a policy that allows nothing,
    /// as version `v1`.
    fn role_policies(a: &Account, p: Partition, r: &state::RoleRec) -> RolePolicies {
        let default_version = |arn: &str| match a.get_policy(p, arn) {
            Ok(pol) => PolicyVersion { arn: arn.to_owned(), version_id: pol.default_version, document: pol.document },
            Err(_) => PolicyVersion { arn: arn.to_owned(), version_id: "v1".into(), document: state::UNKNOWN_POLICY_DOCUMENT.into() },
        };
        RolePolicies {
            inline: r.inline.iter().map(|(n, d)| (n.clone(), d.clone())).collect(),
            attached: r.attached.iter().map(|arn| default_version(arn)).collect(),
            boundary: r.boundary.as_deref().map(default_version),
            tags: r.tags.iter().map(|t| (t.key.clone(), t.value.clone())).collect(),
        }
    }

    /// Changes the whole state (the organization's, say) and, on success, persists it.
    pub fn write_state<T, E>(&self, operation: &str, f: impl FnOnce(&mut State) -> Result<T, E>) -> Result<Result<T, E>, IamError> {
        self.injected(operation)?;
        let mut guard = self.lock_state();
        let out = f(Arc::make_mut(&mut guard));
        if out.is_ok() {
            if let Some(store) = &self.store {
                persist(store, &guard, self.limit)?;
            }
        }
        Ok(out)
    }

    /// Carries out one action synchronously.
    pub fn apply_now(&self, action: &Action) -> Result<(), IamError> {
        let op = action.api_name();
        match action {
            Action::CreateRole { role_name, path, assume_role_policy_document, description } => {
                self.write(op, |a, c| a.create_role(c, role_name, path, assume_role_policy_document, description).map(|_| ()))
            }
            Action::UpdateAssumeRolePolicy { role_name, policy_document } => self.write(op, |a, c| a.update_trust(c, role_name, policy_document)),
            Action::CreatePolicy { policy_name, policy_document } => self.write(op, |a, c| a.create_policy(c, policy_name, policy_document).map(|_| ())),
            Action::AttachRolePolicy { role_name, policy_arn } => self.write(op, |a, c| a.attach(c, role_name, policy_arn)),
            Action::DetachRolePolicy { role_name, policy_arn } => self.write(op, |a, _| a.detach(role_name, policy_arn)),
            Action::PutRolePolicy { role_name, policy_name, policy_document } => {
                self.write(op, |a, c| a.put_role_policy(c, role_name, policy_name, policy_document))
            }
            Action::CreateInstanceProfile { instance_profile_name, path } => {
                self.write(op, |a, c| a.create_instance_profile(c, instance_profile_name, path).map(|_| ()))
            }
            Action::AddRoleToInstanceProfile { instance_profile_name, role_name } => {
                self.write(op, |a, c| a.add_role_to_profile(c, instance_profile_name, role_name))
            }
        }
    }

    /// Observes synchronously.
    pub fn observe_now(&self, req: &ObserveRequest) -> Observation {
        let p = self.partition;
        self.read(|a, _| {
            let role = a.get_role(req.role.as_str()).ok().map(|r| ObservedRole {
                policies: req.permissions.then(|| MockIam::role_policies(a, p, &r)),
                // Cannot hide a failure: these (both lines) fail only for a missing role, and the role was just found.
                attached: a.attached(p, &r.name).unwrap_or_default().into_iter().map(|(name, arn)| AttachedPolicy { name, arn }).collect(),
                instance_profiles: a.profiles_for_role(&r.name).unwrap_or_default().iter().map(Account::profile_info).collect(),
                inline: req.inline_policies.iter().filter_map(|n| a.get_role_policy(&r.name, n).ok().map(|d| (n.clone(), d))).collect(),
                name: r.name,
                arn: r.arn,
                path: r.path,
                trust: r.trust,
                create_date: None,
            });
            Observation {
                role,
                customer_policies: req.customer_policies.iter().map(|arn| (arn.clone(), a.policies.contains_key(arn))).collect(),
                instance_profile: req.instance_profile.as_ref().and_then(|n| a.get_instance_profile(n).ok()).map(|p| Account::profile_info(&p)),
                scps: None,
                permissions_read: req.permissions,
            }
        })
    }
}

/// Whether a file name is one of [`persist`]'s temporary files for the state file `file_name`.
fn is_temporary_of(name: &str, file_name: &str) -> bool {
    name.strip_prefix('.')
        .and_then(|n| n.strip_prefix(file_name))
        .and_then(|n| n.strip_prefix(".tmp-"))
        .is_some_and(|r| r.len() == TMP_RANDOM && r.bytes().all(|b| b.is_ascii_alphanumeric()))
}

/// The random characters of a temporary file's name.
const TMP_RANDOM: usize = 16;

/// Writes the state atomically: a new temporary file in the same directory (created exclusively
/// under an unpredictable name, so nothing planted there is followed or overwritten), with the
/// state file's permissions (0600 for a new one), fsync, lock, rename (or, when there was no
/// state file, a link that fails if another writer made one meanwhile), fsync of the directory.
/// The state is written compactly, and not at all if the file would be larger than rolecall
/// reads. Temporary files a killed writer left behind are removed first (the lock is held, so
/// none is another writer's).
fn persist(store: &Store, state: &Arc<State>, limit: u64) -> Result<(), IamError> {
    let path = store.path.as_path();
    let dir = path.parent().filter(|d| !d.as_os_str().is_empty()).unwrap_or(Path::new("."));
    let file_name = path.file_name().map(|n| n.to_string_lossy().into_owned()).unwrap_or_else(|| "state".into());
    let mut bytes = serde_json::to_vec(&**state).map_err(|e| IamError::new(ErrorCode::Io(IoStep::Write), e.to_string()).with(Detail::File, path.display().to_string()))?;
    bytes.push(b'\n');
    if bytes.len() as u64 > limit {
        return Err(IamError::of(ErrorCode::TooLarge(Oversized::StateWrite))
            .with(Detail::File, path.display().to_string())
            .with(Detail::Size, bytes.len().to_string())
            .with(Detail::Limit, limit.to_string()));
    }
    let mut held = store.held.lock().unwrap_or_else(std::sync::PoisonError::into_inner);
    if let Ok(entries) = fs::read_dir(dir) {
        for e in entries.flatten() {
            if is_temporary_of(&e.file_name().to_string_lossy(), &file_name) && e.file_type().is_ok_and(|t| t.is_file()) {
                let _ = fs::remove_file(e.path());
            }
        }
    }
    let write = |held: &mut Held| -> std::io::Result<File> {
        let mut tmp = tempfile::Builder::new().prefix(&format!(".{file_name}.tmp-")).rand_bytes(TMP_RANDOM).tempfile_in(dir)?;
        match fs::metadata(path) {
            Ok(m) => tmp.as_file().set_permissions(kept_permissions(&m))?,
            Err(e) if e.kind() == std::io::ErrorKind::NotFound => {}
            Err(e) => return Err(e),
        }
        tmp.write_all(&bytes)?;
        tmp.as_file().sync_all()?;
        // The new file is locked before it takes the state's name, so that a writer waiting
        // for the old one finds it held.
        tmp.as_file().lock()?;
        // A failed rename removes the temporary file (it is dropped).
        let f = if held.create_new { tmp.persist_noclobber(path) } else { tmp.persist(path) }.map_err(|e| e.error)?;
        if let Ok(d) = File::open(dir) {
            let _ = d.sync_all();
        }
        Ok(f)
    };
    let f = write(&mut held).map_err(|e| io_err(IoStep::Write, path, &e))?;
    if let Some(cache) = &store.cache {
        // The cache keeps a handle of its own (one that holds no lock), and the state written.
        if let (Ok(m), Ok(own)) = (f.metadata(), File::open(path)) {
            cache.put(path, Loaded { stamp: Some(stamp(&m)), _file: Some(Arc::new(own)), state: Arc::clone(state) });
        }
    }
    // The lock on the file written is held until this handle is dropped.
    held.state_lock = Some(f);
    held.create_new = false;
    Ok(())
}

impl Iam for MockIam {
    async fn account_id(&self) -> Result<AccountId, IamError> {
        AccountId::parse(&self.account).map_err(|_| IamError::of(ErrorCode::BadResponse(BadAnswer::NoAccountId)))
    }

    async fn observe(&self, req: &ObserveRequest) -> Result<Observation, IamError> {
        Ok(self.observe_now(req))
    }

    async fn list_roles(&self, marker: Option<String>) -> Result<RolePage, IamError> {
        let (roles, marker) = self.list_roles_page(marker.as_deref(), MAX_ITEMS);
        Ok(RolePage { roles: roles.into_iter().map(|r| RoleSummary { name: r.name, arn: r.arn, path: r.path, trust: r.trust }).collect(), marker })
    }

    async fn apply(&self, action: &Action) -> Result<(), IamError> {
        self.apply_now(action)
    }

    async fn customer_policy_document(&self, name: &str) -> Result<Option<String>, IamError> {
        Ok(self.read(|a, _| a.policies.values().find(|p| p.name.eq_ignore_ascii_case(name) && p.path == "/").map(|p| p.document.clone())))
    }

    async fn service_control_policies(&self, account: Option<&AccountId>) -> ScpRead {
        org::service_control_policies(self, account.map_or(self.account.as_str(), AccountId::as_str))
    }

    async fn authorization_details(&self, marker: Option<String>) -> Result<DetailsPage, IamError> {
        let filter = ["Role", "LocalManagedPolicy", "AWSManagedPolicy"].map(str::to_owned);
        let (items, marker) = self.authorization_details_page(&filter, marker.as_deref(), MAX_ITEMS).map_err(|e| e.during("GetAccountAuthorizationDetails"))?;
        let mut page = DetailsPage { marker, ..DetailsPage::default() };
        for item in items {
            match item {
                DetailItem::Role(d) => page.roles.push(RoleDetail {
                    summary: RoleSummary { name: d.role.name, arn: d.role.arn, path: d.role.path, trust: d.role.trust },
                    attached: d.attached.into_iter().map(|(name, arn)| AttachedPolicy { name, arn }).collect(),
                    inline: d.role.inline.into_iter().collect(),
                    boundary: d.role.boundary,
                    tags: d.role.tags.into_iter().map(|t| (t.key, t.value)).collect(),
                    instance_profiles: d.profiles.iter().map(|(pr, _)| Account::profile_info(pr)).collect(),
                }),
                DetailItem::Local(d) | DetailItem::Aws(d) => {
                    page.policies.push(PolicyVersion { arn: d.policy.arn, version_id: d.policy.default_version, document: d.policy.document });
                }
            }
        }
        Ok(page)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn timestamps_look_like_iams() {
        let t = now_iso8601();
        assert_eq!(t.len(), 20, "{t}");
        assert!(t.starts_with("20") && t.ends_with('Z') && &t[10..11] == "T");
    }

    #[test]
    fn faults_parse() {
        assert_eq!(Fault::parse("CreatePolicy"), Some(Fault { operation: "CreatePolicy".into(), skip: 0 }));
        assert_eq!(Fault::parse("AttachRolePolicy:2"), Some(Fault { operation: "AttachRolePolicy".into(), skip: 1 }));
        assert_eq!(Fault::parse("AttachRolePolicy:0"), None);
        assert_eq!(Fault::parse(""), None);
    }
}
