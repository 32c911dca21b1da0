import { Aws, Duration, Fn, RemovalPolicy, Stack, Token } from 'aws-cdk-lib';
import {
  AccountRecovery,
  FeaturePlan,
  Mfa,
  OAuthScope,
  ResourceServerScope,
  StandardThreatProtectionMode,
  UserPool,
  UserPoolClient,
  UserPoolClientIdentityProvider,
  type UserPoolDomain,
  type UserPoolResourceServer,
} from 'aws-cdk-lib/aws-cognito';
import { Construct } from 'constructs';
import { PropsCheck } from './props-check.ts';

/** The OAuth scope an access token must carry for the desk's API routes (`<resource server>/<scope>`). */
export const DESK_SCOPE = { resourceServer: 'newswire', scope: 'desk' } as const;

export interface DeskAuthProps {
  /**
   * Prefix of the hosted sign-in domain, `https://<prefix>.auth.<region>.amazoncognito.com`: unique in
   * the region across all AWS accounts, 1–63 lower-case letters, digits and hyphens, not containing
   * `aws`, `amazon` or `cognito`.
   * @default `<stack name in lower case>-desk-<account id>`
   */
  readonly domainPrefix?: string;
  /**
   * What CloudFormation does with the user pool (the editors' accounts) when it leaves the stack.
   * @default retained, with deletion protection on
   */
  readonly removalPolicy?: RemovalPolicy;
  /**
   * How long an editor stays signed in without entering the password again (refresh token validity),
   * 1 hour to 10 years.
   * @default 12 hours: a working day
   */
  readonly sessionLength?: Duration;
}

/**
 * Who may read the desk: a Cognito user pool of editors, created by an administrator only (no self
 * sign-up), with a strong password policy, TOTP multi-factor authentication required and threat
 * protection enforced; its hosted sign-in domain; and the `newswire/desk` scope that the desk's API
 * routes require. The page's app client is added by {@link addPageClient} once the page's URL exists.
 */
export class DeskAuth extends Construct {
  public readonly userPool: UserPool;
  /** The hosted sign-in (and token) domain. */
  public readonly domain: UserPoolDomain;
  /** The resource server that defines the desk's scope. */
  public readonly resourceServer: UserPoolResourceServer;
  /** `https://<prefix>.auth.<region>.amazoncognito.com`, where the page sends editors to sign in. */
  public readonly domainUrl: string;
  /** The scope the desk's API methods require, `newswire/desk`. */
  public readonly apiScope: string;
  private readonly deskScope: ResourceServerScope;
  private readonly sessionLength: Duration;
  private client?: UserPoolClient;

  constructor(scope: Construct, id: string, props: DeskAuthProps = {}) {
    super(scope, id);
    const check = new PropsCheck('DeskAuth');
    if (props.domainPrefix !== undefined && !Token.isUnresolved(props.domainPrefix)) {
      check.require(
        /^[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?$/.test(props.domainPrefix) && !/aws|amazon|cognito/.test(props.domainPrefix),
        `domainPrefix must be 1–63 lower-case letters, digits and inner hyphens without 'aws', 'amazon' or 'cognito', got '${props.domainPrefix}'`,
      );
    }
    if (props.sessionLength !== undefined && !props.sessionLength.isUnresolved()) {
      const minutes = props.sessionLength.toMinutes({ integral: false });
      check.require(minutes >= 60 && minutes <= 10 * 365 * 24 * 60, `sessionLength must be from 1 hour to 10 years, got ${props.sessionLength.toHumanString()}`);
    }
    check.throwIfAny();

    const removalPolicy = props.removalPolicy ?? RemovalPolicy.RETAIN;
    this.sessionLength = props.sessionLength ?? Duration.hours(12);
    this.userPool = new UserPool(this, 'Editors', {
      // Editors are invited by an administrator (AdminCreateUser); nobody signs themselves up.
      selfSignUpEnabled: false,
      signInAliases: { email: true },
      autoVerify: { email: true },
      keepOriginal: { email: true },
      standardAttributes: { email: { required: true, mutable: true } },
      passwordPolicy: {
        minLength: 12,
        requireLowercase: true,
        requireUppercase: true,
        requireDigits: true,
        requireSymbols: true,
        tempPasswordValidity: Duration.days(3),
      },
      // TOTP apps only: SMS codes cost money per message and can be intercepted. The hosted sign-in asks
      // a new editor to set up an authenticator app at the first sign-in.
      mfa: Mfa.REQUIRED,
      mfaSecondFactor: { otp: true, sms: false },
      accountRecovery: AccountRecovery.EMAIL_ONLY,
      // Plus: threat protection (compromised credentials, risky sign-ins blocked), cdk-nag AwsSolutions-COG8.
      featurePlan: FeaturePlan.PLUS,
      standardThreatProtectionMode: StandardThreatProtectionMode.FULL_FUNCTION,
      userInvitation: {
        emailSubject: 'Your Newswire desk account',
        emailBody: 'You may now read the wire on the Newswire desk. Your user name is {username} and your temporary password is {####}. You will choose a password and set up an authenticator app at your first sign-in.',
      },
      deletionProtection: removalPolicy === RemovalPolicy.RETAIN,
      removalPolicy,
    });

    const stack = Stack.of(this);
    const domainPrefix = props.domainPrefix ?? Fn.join('-', [defaultPrefixStem(stack.stackName), 'desk', Aws.ACCOUNT_ID]);
    this.domain = this.userPool.addDomain('SignIn', { cognitoDomain: { domainPrefix } });
    this.domainUrl = this.domain.baseUrl();

    this.deskScope = new ResourceServerScope({ scopeName: DESK_SCOPE.scope, scopeDescription: 'Read the wire and upload files through the desk' });
    this.resourceServer = this.userPool.addResourceServer('Api', {
      identifier: DESK_SCOPE.resourceServer,
      userPoolResourceServerName: 'Newswire API',
      scopes: [this.deskScope],
    });
    this.apiScope = `${DESK_SCOPE.resourceServer}/${DESK_SCOPE.scope}`;
  }

  /** The OAuth scopes the page asks for: sign-in, the editor's e-mail, and the desk's API scope. */
  get pageScopes(): string[] {
    return ['openid', 'email', this.apiScope];
  }

  /**
   * The page's app client: a public client (no secret; the page runs in the browser), authorization-code
   * grant only (with PKCE, which Cognito honours whenever the page sends a code challenge), through the
   * hosted sign-in, returning to `pageUrl`. One page, one client: a second call throws.
   */
  addPageClient(pageUrl: string): UserPoolClient {
    if (this.client) throw new Error('DeskAuth: the page client exists already');
    this.client = this.userPool.addClient('Page', {
      generateSecret: false,
      // The hosted sign-in only: no password flows from the page itself.
      authFlows: { userSrp: true },
      supportedIdentityProviders: [UserPoolClientIdentityProvider.COGNITO],
      oAuth: {
        flows: { authorizationCodeGrant: true, implicitCodeGrant: false, clientCredentials: false },
        scopes: [OAuthScope.OPENID, OAuthScope.EMAIL, OAuthScope.resourceServer(this.resourceServer, this.deskScope)],
        callbackUrls: [pageUrl],
        logoutUrls: [pageUrl],
      },
      preventUserExistenceErrors: true,
      enableTokenRevocation: true,
      accessTokenValidity: Duration.hours(1),
      idTokenValidity: Duration.hours(1),
      refreshTokenValidity: this.sessionLength,
    });
    return this.client;
  }
}

/** A stack name as the start of a domain prefix: lower case, only letters, digits and hyphens. */
function defaultPrefixStem(stackName: string): string {
  if (Token.isUnresolved(stackName)) return 'newswire';
  const stem = stackName.toLowerCase().replace(/[^a-z0-9-]+/g, '-').replace(/aws|amazon|cognito/g, 'x').replace(/^-+|-+$/g, '');
  // room for '-desk-' and a 12-digit account id within 63 characters
  return (stem || 'newswire').slice(0, 44).replace(/-+$/, '');
}
