import os; __file__ = os.path.join(os.path.dirname(os.path.abspath(__file__)), 'proto.py'); exec(open(__file__).read())
from scipy.optimize import minimize
y_all=np.array([c['y'] for c in cases])
base,_,_,_,_=run(['cal'])
def pts(th,idx=None):
    out=[]
    for c in cases:
        med=np.median(c['pos']); isc=np.array([n=='COM' for n in c['names']]); ise=np.array([n=='EP' for n in c['names']])
        ext=np.abs(c['pos']-c['comp'])/(c['sd']+5)
        lw=th[0]*np.log(c['cap']+1e-3)+th[1]*np.log(c['sal']+1)+th[2]*isc+th[3]*ise+th[4]*ext
        w=np.exp(lw-lw.max()); out.append((w*c['pos']).sum()/w.sum())
    return np.array(out)
def runP(seed=1,k=10,ridge=0.0):
    f=folds(groups,k,seed); n=len(cases); P=np.zeros(n); TH=[]
    for fo in range(k):
        tr=np.array([i for i in range(n) if f[i]!=fo]); te=[i for i in range(n) if f[i]==fo]
        th0=np.array([1,1,0,0,0.])
        L=lambda th: np.abs(pts(th)[tr]-y_all[tr]).mean()+ridge*((th-th0)**2).sum()
        r=minimize(L,th0,method='Powell',options=dict(xtol=1e-2,ftol=1e-4)); TH.append(r.x)
        P[te]=pts(r.x)[te]
    return P,np.array(TH)
for ridge in [0.0,1.0]:
    P,TH=runP(ridge=ridge)
    # calibrate with nested: use run with pt=P is slightly optimistic for residuals, but residuals from training points fitted in-sample
    cr,c90,c50,med,W=run(['cal'],pt=P)
    print(ridge,'mae %.2f'%np.abs(P-y_all).mean(),boot(np.abs(P-y_all)).round(2),'crps %.2f diff %.2f'%(cr.mean(),(cr-base).mean()),boot(cr-base).round(2),'c90 %.2f'%c90.mean(),TH.mean(0).round(2),flush=True)
