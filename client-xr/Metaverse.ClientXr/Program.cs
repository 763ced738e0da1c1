using Metaverse.ClientXr;

return ClientCommand.Run(args);
