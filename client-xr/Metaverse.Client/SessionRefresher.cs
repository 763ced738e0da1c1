using Metaverse.Shared.Messages;

namespace Metaverse.Client;

/// <summary>
/// Keeps a session alive past its token's expiry (docs/PROTOCOL.md, "Sessions: expiry and refresh"): when a third of
/// the session's time is left it signs in again (on the thread pool) and hands the new token to the session, which
/// sends it in <see cref="RefreshSession"/>; the server's <see cref="SessionRefreshed"/> moves the expiry on. A failed
/// sign-in or a refusal is retried after <see cref="RetryInterval"/>. Used by one <see cref="SessionClient"/>, on its
/// polling thread.
/// </summary>
public sealed class SessionRefresher
{
    /// <summary>How long to wait before trying again after a failed sign-in or a refused refresh.</summary>
    public static readonly TimeSpan RetryInterval = TimeSpan.FromSeconds(30);

    private readonly Func<CancellationToken, Task<LoginResult>> _signIn;
    private readonly TimeProvider _clock;
    private DateTimeOffset _refreshAt;
    private Task<LoginResult>? _signingIn;
    private bool _awaitingAnswer;

    /// <param name="signIn">Signs the same user in again (for example <see cref="LoginClient.LoginAsync"/>).</param>
    /// <param name="expiresUtc">When the current session ends (the first login's expiry).</param>
    /// <param name="clock">The clock expiry is judged by.</param>
    public SessionRefresher(Func<CancellationToken, Task<LoginResult>> signIn, DateTimeOffset expiresUtc, TimeProvider clock)
    {
        _signIn = signIn;
        _clock = clock;
        Plan(expiresUtc);
    }

    /// <summary>When the session ends unless refreshed.</summary>
    public DateTimeOffset ExpiresUtc { get; private set; }

    /// <summary>Refreshes the server accepted.</summary>
    public int Refreshes { get; private set; }

    /// <summary>Why the last attempt failed (sign-in error or the server's refusal); null after a success.</summary>
    public string? LastFailure { get; private set; }

    /// <summary>The new token to send, once the sign-in that was due has completed; null otherwise. Call every poll.</summary>
    public ReadOnlyMemory<byte>? TokenToSend()
    {
        if (_awaitingAnswer)
        {
            return null;
        }

        if (_signingIn is null)
        {
            if (_clock.GetUtcNow() >= _refreshAt)
            {
                _signingIn = _signIn(CancellationToken.None);
            }

            return null;
        }

        if (!_signingIn.IsCompleted)
        {
            return null;
        }

        var signedIn = _signingIn;
        _signingIn = null;
        if (!signedIn.IsCompletedSuccessfully)
        {
            LastFailure = signedIn.Exception?.GetBaseException().Message ?? "sign-in cancelled";
            _refreshAt = _clock.GetUtcNow() + RetryInterval;
            return null;
        }

        _awaitingAnswer = true;
        return signedIn.Result.Credentials.Token;
    }

    /// <summary>The server's answer to the token sent.</summary>
    public void Answered(SessionRefreshed answer)
    {
        _awaitingAnswer = false;
        if (answer.Ok)
        {
            Refreshes++;
            LastFailure = null;
            Plan(DateTimeOffset.FromUnixTimeMilliseconds(answer.ExpiresUnixMs));
            return;
        }

        LastFailure = answer.Message;
        _refreshAt = _clock.GetUtcNow() + RetryInterval;
    }

    private void Plan(DateTimeOffset expiresUtc)
    {
        ExpiresUtc = expiresUtc;
        var left = expiresUtc - _clock.GetUtcNow();
        _refreshAt = expiresUtc - (left / 3);
    }
}
