//! Why no credentials were found, when the shared files can tell: a profile that is in neither
//! file, a file that cannot be parsed, a `credential_process` that failed. The SDK reports all
//! three as "no credentials"; these checks read the same files the SDK read, with aws-config's own
//! parser, and name the profile and the file. Nothing from a file's content is copied into the
//! error, only names, paths and the parser's line number and complaint.

use std::path::PathBuf;
use std::sync::{Arc, Mutex};

use aws_config::profile::{ProfileFileLoadError, ProfileSet};
use aws_runtime::env_config::file::{EnvConfigFileKind as ProfileFileKind, EnvConfigFiles as ProfileFiles};
use aws_credential_types::provider::{future, ProvideCredentials};
use aws_types::os_shim_internal::{Env, Fs};
use rolecall_core::backend::{Detail, ErrorCode, IamError};

/// Where a shared file is: its environment variable, else its place under the home directory.
pub fn shared_file(kind: ProfileFileKind) -> PathBuf {
    let (var, default) = match kind {
        ProfileFileKind::Config => ("AWS_CONFIG_FILE", ".aws/config"),
        ProfileFileKind::Credentials => ("AWS_SHARED_CREDENTIALS_FILE", ".aws/credentials"),
    };
    let home = std::env::var_os("HOME").map(PathBuf::from).unwrap_or_default();
    match std::env::var(var).ok().filter(|v| !v.is_empty()) {
        Some(p) if p == "~" => home,
        Some(p) => match p.strip_prefix("~/") {
            Some(rest) => home.join(rest),
            None => PathBuf::from(p),
        },
        None => home.join(default),
    }
}

/// Parses the files as the SDK does (a file that is missing or unreadable counts as empty, as
/// the SDK treats the default files).
async fn load(files: &[(ProfileFileKind, &PathBuf)], profile: Option<&str>) -> Result<ProfileSet, ProfileFileLoadError> {
    let mut b = ProfileFiles::builder().include_default_config_file(false).include_default_credentials_file(false);
    for (kind, path) in files {
        b = b.with_contents(*kind, std::fs::read_to_string(path).unwrap_or_default());
    }
    aws_config::profile::load(&Fs::real(), &Env::real(), &b.build(), profile.map(|p| p.to_owned().into())).await
}

/// The line the parser stopped at, from its "error parsing PATH on line N: ...".
fn parse_line(e: &ProfileFileLoadError) -> String {
    let text = std::error::Error::source(e).map_or_else(|| e.to_string(), ToString::to_string);
    text.split_once(" on line ").map(|(_, rest)| rest.chars().take_while(char::is_ascii_digit).collect()).unwrap_or_default()
}

/// The shared files, parsed together with `chosen` selected: a file that cannot be parsed, or
/// a chosen profile that is in neither file, is the error that names it.
async fn profiles(chosen: Option<&str>) -> Result<Option<(ProfileSet, String)>, IamError> {
    let config = shared_file(ProfileFileKind::Config);
    let credentials = shared_file(ProfileFileKind::Credentials);
    for (kind, path) in [(ProfileFileKind::Config, &config), (ProfileFileKind::Credentials, &credentials)] {
        if let Err(e @ ProfileFileLoadError::ParseError { .. }) = load(&[(kind, path)], None).await {
            return Err(IamError::of(ErrorCode::ProfileFileInvalid).with(Detail::File, path.display().to_string()).with(Detail::Line, parse_line(&e)));
        }
    }
    let Ok(both) = load(&[(ProfileFileKind::Config, &config), (ProfileFileKind::Credentials, &credentials)], chosen).await else { return Ok(None) };
    let name = both.selected_profile().to_owned();
    if both.get_profile(&name).is_none() && chosen.is_some() {
        return Err(IamError::of(ErrorCode::ProfileNotFound)
            .with(Detail::Profile, name)
            .with(Detail::ConfigFile, config.display().to_string())
            .with(Detail::CredentialsFile, credentials.display().to_string()));
    }
    Ok(Some((both, name)))
}

/// Why `--profile` cannot be used, whatever else holds credentials: it is in neither shared
/// file, or a file cannot be parsed. As the AWS CLI, an explicit profile that does not exist is
/// an error even when the environment has credentials (the SDK would quietly use those).
pub async fn explicit_profile_problem(profile: &str) -> Option<IamError> {
    profiles(Some(profile)).await.err()
}

/// The specific reason credentials could not be found, if the shared files show one.
/// `profile` is `--profile`; without it, `AWS_PROFILE` (as the SDK does).
pub async fn diagnose(profile: Option<&str>) -> Option<IamError> {
    let config = shared_file(ProfileFileKind::Config);
    let chosen = profile.map(str::to_owned).or_else(|| std::env::var("AWS_PROFILE").ok().filter(|p| !p.is_empty()));
    // Without a chosen profile, a missing `default` only means the files hold no credentials.
    let (both, name) = match profiles(chosen.as_deref()).await {
        Err(e) => return Some(e),
        Ok(found) => found?,
    };
    both.get_profile(&name)?.get("credential_process")?;
    let credentials = shared_file(ProfileFileKind::Credentials);
    let in_config = load(&[(ProfileFileKind::Config, &config)], Some(&name))
        .await
        .ok()
        .is_some_and(|s| s.get_profile(&name).is_some_and(|p| p.get("credential_process").is_some()));
    let file = if in_config { &config } else { &credentials };
    Some(IamError::of(ErrorCode::CredentialProcessFailed).with(Detail::Profile, name).with(Detail::File, file.display().to_string()))
}

/// The secrets credentials carry (secret access keys, session tokens), gathered as the SDK
/// resolves credentials, so that whatever prints messages can keep them out.
#[derive(Clone, Default)]
pub struct Secrets(Arc<Mutex<Vec<String>>>);

impl std::fmt::Debug for Secrets {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        // Never the values.
        write!(f, "Secrets({})", self.0.lock().map_or(0, |v| v.len()))
    }
}

impl Secrets {
    /// Remembers a secret (empty strings are ignored).
    pub fn add(&self, s: &str) {
        if s.is_empty() {
            return;
        }
        let mut v = self.0.lock().unwrap_or_else(std::sync::PoisonError::into_inner);
        if !v.iter().any(|x| x == s) {
            v.push(s.to_owned());
        }
    }

    /// Every secret seen so far.
    pub fn all(&self) -> Vec<String> {
        self.0.lock().unwrap_or_else(std::sync::PoisonError::into_inner).clone()
    }
}

/// A credentials provider that notes the secrets of what it provides.
#[derive(Debug)]
pub(crate) struct Noting {
    pub inner: aws_credential_types::provider::SharedCredentialsProvider,
    pub secrets: Secrets,
}

impl ProvideCredentials for Noting {
    fn provide_credentials<'a>(&'a self) -> future::ProvideCredentials<'a>
    where
        Self: 'a,
    {
        future::ProvideCredentials::new(async move {
            let c = self.inner.provide_credentials().await?;
            self.secrets.add(c.secret_access_key());
            if let Some(t) = c.session_token() {
                self.secrets.add(t);
            }
            Ok(c)
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn secrets_never_show_in_debug() {
        let s = Secrets::default();
        s.add("wJalrXUtnFEMI");
        s.add("wJalrXUtnFEMI");
        s.add("");
        assert_eq!(format!("{s:?}"), "Secrets(1)");
        assert_eq!(s.all(), vec!["wJalrXUtnFEMI".to_owned()]);
    }
}
