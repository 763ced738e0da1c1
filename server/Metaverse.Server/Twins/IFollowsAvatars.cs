namespace Metaverse.Server.Twins;

/// <summary>
/// A hosted twin that reacts to the avatars of its room (a held molecule follows its holder's hand).
/// The room calls <see cref="Follow"/> every tick before stepping its twins, whatever the twin's time
/// scale, with the poses of the room's members only. The lookup stays current on the simulation thread
/// between ticks too, so a command applied between ticks (a grab) may read it. Simulation thread only.
/// </summary>
public interface IFollowsAvatars
{
    void Follow(IAvatarPoses avatars);
}
